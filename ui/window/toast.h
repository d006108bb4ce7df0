#pragma once

#include "ui/notice.h"

#include <QLabel>
#include <QTimer>

namespace inventory::ui {

// A short confirmation over the bottom of the window that goes away by itself: routine
// work never waits on a modal dialog.
class Toast : public QLabel
{
    Q_OBJECT

public:
    explicit Toast(QWidget *parent);
    void show(const QString &text, Notice notice = Notice::Info);

private:
    QTimer m_hide;
};

} // namespace inventory::ui
