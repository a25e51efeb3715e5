#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) { return '"' + b.toStdString() + '"'; }
};
template <> struct StringMaker<QTime> {
    static std::string convert(const QTime& t)
    {
        return t.isValid() ? t.toString(QStringLiteral("HH:mm:ss")).toStdString() : "(no time)";
    }
};
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& t)
    {
        return t.isValid() ? t.toString(Qt::ISODate).toStdString() : "(no date-time)";
    }
};
} // namespace Catch

namespace copil::test {

/// A temporary folder removed at the end of the test.
class TempDir {
public:
    TempDir() { REQUIRE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Text with its no-break spaces (U+00A0, U+202F) read as ordinary spaces.
inline QString plainSpaces(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace copil::test
