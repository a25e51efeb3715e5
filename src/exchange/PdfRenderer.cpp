#include "PdfRenderer.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <functional>
#include <memory>
#include <vector>

namespace copil::exchange {

namespace {

const QColor kBlue(0x1f, 0x4e, 0x79);
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kGrey(0x66, 0x66, 0x66);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xe8, 0xee, 0xf5);

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

// One laid-out piece of text: lines can be placed one by one, so a long paragraph
// continues on the next page instead of being cut.
struct Text {
    std::shared_ptr<QTextLayout> layout;
    QColor color = kInk;
    qreal height = 0;

    int lineCount() const { return layout ? layout->lineCount() : 0; }
};

// Lays the document out in pages of its own (headings kept with what follows, table rows
// never split, table header repeated on each page), then paints every page once the
// page count is known. QTextDocument was a third slower and split rows.
class Paginator {
public:
    Paginator(QPdfWriter& writer, const Document& doc) : m_writer(writer), m_doc(doc)
    {
        const qreal resolution = writer.resolution();
        m_mm = resolution / 25.4;
        m_page = writer.pageLayout().paintRectPixels(static_cast<int>(resolution));
        m_top = 12 * m_mm;
        m_bottom = m_page.height() - 10 * m_mm;
        m_width = m_page.width();
        m_y = m_top;
        m_pages.emplace_back();
    }

    void layoutDocument()
    {
        paragraph(font(20, true), m_doc.title, {}, 0, 2 * m_mm, kBlue);
        for (const QString& line : m_doc.subtitle) {
            paragraph(font(11, true), line, {}, 0, 0.8 * m_mm);
        }
        if (!m_doc.statusLine.isEmpty()) {
            paragraph(font(10, false, true), m_doc.statusLine, {}, 0, 4 * m_mm, kGrey);
        }
        for (qsizetype i = 0; i < m_doc.blocks.size(); ++i) {
            const Block& b = m_doc.blocks[i];
            switch (b.kind) {
            case Block::Kind::Heading:
                if (b.pageBreakBefore && m_y > m_top) {
                    newPage();
                }
                heading(b, startHeight(i + 1));
                break;
            case Block::Kind::Paragraph:
                if (b.keepWithNext) {
                    const Text t = measure(b.text, font(10, false, b.emphasis), m_width, b.label);
                    if (m_y > m_top &&
                        m_y + t.height + 1.5 * m_mm + startHeight(i + 1) > m_bottom) {
                        newPage();
                    }
                }
                paragraph(font(10, false, b.emphasis), b.text, b.label, 0, 1.5 * m_mm);
                break;
            case Block::Kind::Bullets:
                for (const QString& item : b.items) {
                    bullet(item);
                }
                m_y += 1 * m_mm;
                break;
            case Block::Kind::Table:
                table(b);
                break;
            }
        }
    }

    void paint()
    {
        QPainter painter(&m_writer);
        const int total = static_cast<int>(m_pages.size());
        for (int p = 0; p < total; ++p) {
            if (p > 0) {
                m_writer.newPage();
            }
            decorate(painter, p + 1, total);
            for (const auto& draw : m_pages[static_cast<std::size_t>(p)]) {
                draw(painter);
            }
        }
    }

private:
    using Draw = std::function<void(QPainter&)>;

    Text measure(const QString& raw, const QFont& f, qreal width, const QString& label = {},
                 const QColor& color = kInk)
    {
        QString text = label.isEmpty()
                           ? raw
                           : label + (raw.isEmpty() ? QString() : m_doc.labelSeparator) + raw;
        text.replace(u'\n', QChar::LineSeparator);
        Text t;
        t.color = color;
        t.layout = std::make_shared<QTextLayout>(text, f, &m_writer);
        if (!label.isEmpty()) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = static_cast<int>(label.size());
            bold.format.setFontWeight(QFont::Bold);
            t.layout->setFormats({bold});
        }
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        t.layout->setTextOption(option);
        t.layout->beginLayout();
        for (QTextLine line = t.layout->createLine(); line.isValid();
             line = t.layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, t.height));
            t.height += line.height();
        }
        t.layout->endLayout();
        return t;
    }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_top;
    }

    void add(Draw draw) { m_pages.back().push_back(std::move(draw)); }

    // Places the lines of t at x, moving to a new page between lines when needed.
    void place(const Text& t, qreal x)
    {
        for (int i = 0; i < t.lineCount(); ++i) {
            const QTextLine line = t.layout->lineAt(i);
            if (m_y + line.height() > m_bottom && m_y > m_top) {
                newPage();
            }
            const QPointF origin(x, m_y - line.y());
            add([layout = t.layout, i, origin, color = t.color](QPainter& p) {
                p.setPen(color);
                layout->lineAt(i).draw(&p, origin);
            });
            m_y += line.height();
        }
    }

    void paragraph(const QFont& f, const QString& text, const QString& label, qreal indent,
                   qreal after, const QColor& color = kInk)
    {
        place(measure(text, f, m_width - indent, label, color), indent);
        m_y += after;
    }

    void bullet(const QString& text)
    {
        const qreal indent = 6 * m_mm;
        const Text t = measure(text, font(10), m_width - indent);
        if (t.lineCount() > 0 && m_y + t.layout->lineAt(0).height() > m_bottom) {
            newPage();
        }
        const Text mark = measure(QStringLiteral("•"), font(10), indent);
        const qreal y = m_y;
        add([layout = mark.layout, x = 2 * m_mm, y](QPainter& p) {
            p.setPen(kInk);
            layout->draw(&p, QPointF(x, y));
        });
        place(t, indent);
        m_y += 0.5 * m_mm;
    }

    qreal tableStartHeight(const Block& b)
    {
        const auto widths = columnWidths(b);
        return rowHeight(cells(b.header, widths, true)) +
               (b.rows.isEmpty() ? 0
                                 : std::max(rowHeight(cells(b.rows.first(), widths, false)),
                                            b.minRowHeightMm * m_mm));
    }

    static qreal headingSize(int level)
    {
        const qreal sizes[] = {14, 12, 11, 10};
        return sizes[std::clamp(level, 1, 4) - 1];
    }

    // Height that block i needs at the foot of a page so that what comes before it is
    // not left alone there: its first lines, and for a heading or a lead-in, what they
    // introduce as well. 0 past the end.
    qreal startHeight(qsizetype i, int depth = 0)
    {
        if (i >= m_doc.blocks.size() || depth > 4) {
            return 0;
        }
        const Block& b = m_doc.blocks[i];
        const auto firstLines = [](const Text& t, int n) {
            qreal h = 0;
            for (int l = 0; l < std::min(n, t.lineCount()); ++l) {
                h += t.layout->lineAt(l).height();
            }
            return h;
        };
        switch (b.kind) {
        case Block::Kind::Heading:
            if (b.pageBreakBefore) {
                return 0;
            }
            return (b.level == 1 ? 5 : 3) * m_mm +
                   measure(b.text, font(headingSize(b.level), true), m_width).height + 1.5 * m_mm +
                   startHeight(i + 1, depth + 1);
        case Block::Kind::Paragraph: {
            const Text t = measure(b.text, font(10, false, b.emphasis), m_width, b.label);
            return b.keepWithNext ? t.height + 1.5 * m_mm + startHeight(i + 1, depth + 1)
                                  : firstLines(t, 2);
        }
        case Block::Kind::Bullets:
            return b.items.isEmpty()
                       ? 0
                       : firstLines(measure(b.items.first(), font(10), m_width - 6 * m_mm), 2);
        case Block::Kind::Table:
            return 2 * m_mm + tableStartHeight(b);
        }
        return 0;
    }

    void heading(const Block& b, qreal following)
    {
        const int level = std::clamp(b.level, 1, 4);
        const qreal before = (level == 1 ? 5 : 3) * m_mm;
        const Text t =
            measure(b.text, font(headingSize(level), true), m_width, {}, level == 1 ? kBlue : kInk);
        // Keep the heading with the start of what follows it.
        if (m_y > m_top && m_y + before + t.height + following > m_bottom) {
            newPage();
        } else if (m_y > m_top) {
            m_y += before;
        }
        place(t, 0);
        m_y += 1.5 * m_mm;
    }

    QList<qreal> columnWidths(const Block& b) const
    {
        QList<qreal> widths;
        qreal total = 0;
        for (qsizetype i = 0; i < b.header.size(); ++i) {
            widths << b.widths.value(i, 100 / std::max<qsizetype>(1, b.header.size()));
            total += widths.last();
        }
        for (qreal& w : widths) {
            w = w / total * m_width;
        }
        return widths;
    }

    std::vector<Text> cells(const QStringList& values, const QList<qreal>& widths, bool head)
    {
        std::vector<Text> out;
        const qreal pad = 1.2 * m_mm;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            out.push_back(measure(values.value(c), font(9, head), widths[c] - 2 * pad));
        }
        return out;
    }

    qreal rowHeight(const std::vector<Text>& row) const
    {
        qreal h = 0;
        for (const Text& t : row) {
            h = std::max(h, t.height);
        }
        return h + 2 * 1.0 * m_mm;
    }

    void placeRow(const std::vector<Text>& row, const QList<qreal>& widths, bool head,
                  qreal minHeight = 0)
    {
        const qreal h = std::max(rowHeight(row), minHeight);
        const qreal y = m_y;
        // Text in a row made taller than it needs (room to sign) sits in its middle.
        const qreal vpad = 1.0 * m_mm + (h - rowHeight(row)) / 2;
        add([row, widths, head, y, h, pad = 1.2 * m_mm, vpad, pen = 0.25 * m_mm](QPainter& p) {
            qreal x = 0;
            for (std::size_t c = 0; c < row.size(); ++c) {
                const QRectF cell(x, y, widths[static_cast<qsizetype>(c)], h);
                if (head) {
                    p.fillRect(cell, kHeaderFill);
                }
                p.setPen(QPen(kRule, pen));
                p.drawRect(cell);
                p.setPen(kInk);
                row[c].layout->draw(&p, QPointF(x + pad, y + vpad));
                x += widths[static_cast<qsizetype>(c)];
            }
        });
        m_y += h;
    }

    void table(const Block& b)
    {
        const auto widths = columnWidths(b);
        const auto header = cells(b.header, widths, true);
        m_y += 1 * m_mm;
        if (m_y + tableStartHeight(b) > m_bottom && m_y > m_top) {
            newPage();
        }
        placeRow(header, widths, true);
        for (const QStringList& values : b.rows) {
            const auto row = cells(values, widths, false);
            const qreal minHeight = b.minRowHeightMm * m_mm;
            if (m_y + std::max(rowHeight(row), minHeight) > m_bottom) {
                newPage();
                placeRow(header, widths, true); // the header again on each page
            }
            placeRow(row, widths, false, minHeight);
        }
        m_y += 3 * m_mm;
    }

    // Running header, draft mark and page number.
    void decorate(QPainter& p, int page, int total)
    {
        const QRectF headerRect(0, 0, m_width, m_top - 3 * m_mm);
        p.setFont(font(8));
        p.setPen(kGrey);
        p.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, m_doc.runningHeader);
        p.setPen(QPen(kGrey, 0.2 * m_mm));
        p.drawLine(QPointF(0, m_top - 2 * m_mm), QPointF(m_width, m_top - 2 * m_mm));
        p.setPen(kGrey);
        p.setFont(font(8));
        p.drawText(QRectF(0, m_bottom + 3 * m_mm, m_width, 6 * m_mm),
                   Qt::AlignHCenter | Qt::AlignTop, m_doc.pageLabel.arg(page).arg(total));
        if (m_doc.draftMark.isEmpty()) {
            return;
        }
        p.setFont(font(11, true));
        p.setPen(QColor(0xc0, 0, 0));
        p.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, m_doc.draftMark);
        p.save();
        p.setFont(font(72, true));
        p.setPen(QColor(200, 0, 0, 28));
        p.translate(m_width / 2, m_page.height() / 2);
        p.rotate(-35);
        p.drawText(QRectF(-m_width, -m_page.height() / 4, 2 * m_width, m_page.height() / 2),
                   Qt::AlignCenter, m_doc.draftMark);
        p.restore();
    }

    QPdfWriter& m_writer;
    const Document& m_doc;
    qreal m_mm = 1;
    QRectF m_page;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_width = 0;
    qreal m_y = 0;
    std::vector<std::vector<Draw>> m_pages;
};

} // namespace

QByteArray renderPdf(const Document& doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(doc.title + u" – " + doc.subtitle.value(0));
    writer.setCreator(QStringLiteral("Copil"));
    Paginator paginator(writer, doc);
    paginator.layoutDocument();
    paginator.paint();
    return bytes;
}

} // namespace copil::exchange
