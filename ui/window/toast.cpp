#include "ui/window/toast.h"

using namespace Qt::StringLiterals;

namespace inventory::ui {

Toast::Toast(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"toast"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QLabel::hide);
    hide();
}

void Toast::show(const QString &text, Notice notice)
{
    setText(text);
    setAccessibleName(text);
    setStyleSheet(
        notice == Notice::Error
            ? u"background:#842029;color:white;border-radius:8px;padding:12px;font-weight:bold"_s
            : u"background:#0f5132;color:white;border-radius:8px;padding:12px;font-weight:bold"_s);
    QWidget *host = parentWidget();
    const int width = qMin(host->width() - 40, 600);
    resize(width, heightForWidth(width) + 24);
    move((host->width() - width) / 2, host->height() - height() - 48);
    raise();
    QLabel::show();
    m_hide.start(notice == Notice::Error ? 5000 : 2500);
}

} // namespace inventory::ui
