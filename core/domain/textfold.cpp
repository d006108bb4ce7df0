#include "core/domain/textfold.h"

namespace inventory {

QString TextFold::fold(const QString &text)
{
    // Canonical decomposition splits "á" into "a" and a combining accent, which is dropped;
    // letters that do not decompose (ø, ß, ł) are kept as they are.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace inventory
