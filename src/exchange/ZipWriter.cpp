#include "ZipWriter.h"

#include <QtEndian>
#include <array>

namespace copil::exchange {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        table[i] = c;
    }
    return table;
}

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// 1980-01-01 00:00 in DOS format: fixed, so the same document gives the same bytes.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;

} // namespace

quint32 crc32(const QByteArray& data)
{
    static constexpr auto table = makeCrcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data) {
        c = table[(c ^ static_cast<quint8>(ch)) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString& name, const QByteArray& data)
{
    Entry e{name.toUtf8(), data, crc32(data), static_cast<quint32>(m_body.size())};
    put32(m_body, 0x04034b50);
    put16(m_body, 20);      // version needed
    put16(m_body, 1 << 11); // UTF-8 names
    put16(m_body, 0);       // stored
    put16(m_body, kDosTime);
    put16(m_body, kDosDate);
    put32(m_body, e.crc);
    put32(m_body, static_cast<quint32>(data.size()));
    put32(m_body, static_cast<quint32>(data.size()));
    put16(m_body, static_cast<quint16>(e.name.size()));
    put16(m_body, 0);
    m_body += e.name;
    m_body += data;
    m_entries.append(std::move(e));
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_body;
    const auto directoryStart = static_cast<quint32>(out.size());
    for (const Entry& e : m_entries) {
        put32(out, 0x02014b50);
        put16(out, 20); // made by
        put16(out, 20); // needed
        put16(out, 1 << 11);
        put16(out, 0);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, e.crc);
        put32(out, static_cast<quint32>(e.data.size()));
        put32(out, static_cast<quint32>(e.data.size()));
        put16(out, static_cast<quint16>(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, e.offset);
        out += e.name;
    }
    const auto directorySize = static_cast<quint32>(out.size()) - directoryStart;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint16>(m_entries.size()));
    put16(out, static_cast<quint16>(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryStart);
    put16(out, 0);
    return out;
}

} // namespace copil::exchange
