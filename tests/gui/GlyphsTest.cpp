// Every character Copil writes on screen exists in the font it is drawn with: DejaVu Sans,
// which the scripts install (fonts-dejavu-core). A missing glyph shows as an empty box, as a
// status-bar message once did.
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <QSet>

namespace {

// Every character beyond ASCII in the sources' string literals and in the English
// translations, with where it was first seen.
QMap<char32_t, QString> charactersUsed()
{
    QMap<char32_t, QString> used;
    QStringList files;
    QDirIterator it(QStringLiteral(COPIL_SOURCE_DIR "/src"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    QDirIterator ui(QStringLiteral(COPIL_SOURCE_DIR "/ui"), {QStringLiteral("*.ui")}, QDir::Files);
    while (ui.hasNext()) {
        files << ui.next();
    }
    files << QStringLiteral(COPIL_SOURCE_DIR "/resources/translations/copil_en.ts");
    for (const QString& path : files) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        int lineNumber = 0;
        for (const QByteArray& bytes : file.readAll().split('\n')) {
            ++lineNumber;
            QString line = QString::fromUtf8(bytes);
            // Comments are not shown.
            if (line.trimmed().startsWith(u"//")) {
                continue;
            }
            if (const qsizetype c = line.indexOf(u"// "); c >= 0) {
                line.truncate(c);
            }
            for (char32_t c : line.toUcs4()) {
                if (c > 0x7f && !used.contains(c)) {
                    used.insert(c, path.mid(path.lastIndexOf(u'/') + 1) + u':' +
                                       QString::number(lineNumber));
                }
            }
        }
    }
    return used;
}

} // namespace

TEST_CASE("every character shown on screen exists in the interface's font")
{
    const QFont font(QStringLiteral("DejaVu Sans"));
    const QRawFont raw = QRawFont::fromFont(font);
    REQUIRE(raw.isValid());
    REQUIRE(raw.familyName() == QStringLiteral("DejaVu Sans"));
    const auto used = charactersUsed();
    REQUIRE(used.size() > 20); // « » é à ’ … at the very least
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        const char32_t c = it.key();
        if (c == 0xfeff) {
            continue; // the byte-order mark written at the start of CSV files
        }
        INFO("U+" << QString::number(uint(c), 16).toUpper().toStdString() << " «"
                  << QString::fromUcs4(&c, 1).toStdString() << "» first seen at "
                  << it.value().toStdString());
        CHECK(raw.supportsCharacter(c));
    }
}
