#pragma once

// The corruption matrix: the ways a workspace file arrives damaged or foreign. Each
// damage is applied to a good workspace (with data over many pages) in place.

#include "SqlSupport.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <functional>

namespace copil::test {

struct Damage {
    const char* name;
    /// A fragment the message must contain (French, as people read it).
    QString said;
    std::function<void(const QString& path)> apply;
};

inline constexpr qsizetype kPageSize = 4096;

/// A minimal PDF, as a document saved under the wrong name would start.
inline QByteArray pdfBytes()
{
    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
                   "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                   "trailer << /Root 1 0 R >>\n%%EOF\n");
    return pdf + QByteArray(8192, ' ');
}

inline QList<Damage> damages()
{
    return {
        {"truncated to half its size", QStringLiteral("endommagé"),
         [](const QString& path) {
             const QByteArray bytes = readAll(path);
             REQUIRE(bytes.size() >= 8 * kPageSize);
             writeAll(path, bytes.left(bytes.size() / 2 / kPageSize * kPageSize));
         }},
        {"header zeroed", QStringLiteral("pas une base SQLite"),
         [](const QString& path) {
             QByteArray bytes = readAll(path);
             bytes.replace(0, 100, QByteArray(100, '\0'));
             writeAll(path, bytes);
         }},
        {"random bytes over a page in the middle", QStringLiteral("endommagé"),
         [](const QString& path) {
             QByteArray bytes = readAll(path);
             const qsizetype pages = bytes.size() / kPageSize;
             REQUIRE(pages >= 8);
             QRandomGenerator random(2017);
             for (qsizetype i = pages / 2 * kPageSize; i < (pages / 2 + 1) * kPageSize; ++i) {
                 bytes[i] = static_cast<char>(random.bounded(256));
             }
             writeAll(path, bytes);
         }},
        {"emptied to 0 bytes", QStringLiteral("vide"),
         [](const QString& path) { writeAll(path, {}); }},
        {"written by a newer version", QStringLiteral("plus récente"),
         [](const QString& path) { rawExec(path, {QStringLiteral("PRAGMA user_version = 999")}); }},
        {"a PDF renamed", QStringLiteral("pas une base SQLite"),
         [](const QString& path) { writeAll(path, pdfBytes()); }},
    };
}

} // namespace copil::test
