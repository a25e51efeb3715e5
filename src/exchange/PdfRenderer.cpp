#include "PdfRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace copil::exchange {

namespace {

const QColor kBlue(0x1f, 0x4e, 0x79);

QTextCharFormat charFormat(qreal points, bool bold = false, bool italic = false,
                           QColor color = QColor(0x1a, 0x1a, 0x1a))
{
    QTextCharFormat f;
    f.setFontFamilies({QStringLiteral("DejaVu Sans")});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(color);
    return f;
}

// Builds the text document through a cursor: user text is inserted as text, never parsed
// as markup.
// Formats made once: building a long document copies them thousands of times.
struct Formats {
    QTextCharFormat body = charFormat(10);
    QTextCharFormat bold = charFormat(10, true);
    QTextCharFormat italic = charFormat(10, false, true);
    QTextCharFormat cell = charFormat(9);
    QTextCharFormat cellBold = charFormat(9, true);
    QTextCharFormat spacer = charFormat(4);
    QTextBlockFormat cellBlock = [] {
        QTextBlockFormat f;
        f.setNonBreakableLines(true); // a row moves to the next page whole, not split
        return f;
    }();
};

void build(QTextDocument& td, const Document& doc)
{
    const Formats fmt;
    QTextCursor c(&td);
    QTextBlockFormat plain;
    plain.setBottomMargin(4);
    const auto paragraph = [&](const QTextBlockFormat& bf, const QTextCharFormat& cf,
                               const QString& text, bool first = false) {
        if (first) {
            c.setBlockFormat(bf);
            c.setBlockCharFormat(cf);
        } else {
            c.insertBlock(bf, cf);
        }
        c.insertText(text, cf);
    };
    paragraph(plain, charFormat(20, true, false, kBlue), doc.title, true);
    for (const QString& line : doc.subtitle) {
        paragraph(plain, charFormat(11, true), line);
    }
    if (!doc.statusLine.isEmpty()) {
        QTextBlockFormat bf = plain;
        bf.setBottomMargin(12);
        paragraph(bf, charFormat(10, false, true, QColor(0x55, 0x55, 0x55)), doc.statusLine);
    }
    for (const Block& b : doc.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading: {
            QTextBlockFormat bf;
            bf.setTopMargin(b.level == 1 ? 16 : 10);
            bf.setBottomMargin(4);
            bf.setHeadingLevel(b.level);
            bf.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            const qreal sizes[] = {14, 12, 11, 10};
            paragraph(bf,
                      charFormat(sizes[std::clamp(b.level, 1, 4) - 1], true, false,
                                 b.level == 1 ? kBlue : QColor(0x1a, 0x1a, 0x1a)),
                      b.text);
            break;
        }
        case Block::Kind::Paragraph: {
            c.insertBlock(plain, fmt.body);
            if (!b.label.isEmpty()) {
                c.insertText(b.label + (b.text.isEmpty() ? QString() : doc.labelSeparator),
                             fmt.bold);
            }
            c.insertText(b.text, b.emphasis ? fmt.italic : fmt.body);
            break;
        }
        case Block::Kind::Bullets: {
            QTextListFormat lf;
            lf.setStyle(QTextListFormat::ListDisc);
            lf.setIndent(1);
            c.insertBlock(plain, fmt.body);
            QTextList* list = c.createList(lf);
            for (qsizetype i = 0; i < b.items.size(); ++i) {
                if (i > 0) {
                    c.insertBlock(plain, fmt.body);
                    list->add(c.block());
                }
                c.insertText(b.items[i], fmt.body);
            }
            break;
        }
        case Block::Kind::Table: {
            c.insertBlock(plain, fmt.spacer);
            QTextTableFormat tf;
            tf.setHeaderRowCount(1);
            tf.setCellPadding(3);
            tf.setCellSpacing(0);
            tf.setBorder(0.5);
            tf.setBorderBrush(QColor(0x99, 0x99, 0x99));
            tf.setBorderCollapse(true);
            tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            QList<QTextLength> widths;
            for (qsizetype i = 0; i < b.header.size(); ++i) {
                widths << QTextLength(
                    QTextLength::PercentageLength,
                    b.widths.value(i, 100 / std::max<qsizetype>(1, b.header.size())));
            }
            tf.setColumnWidthConstraints(widths);
            QTextTable* table = c.insertTable(static_cast<int>(b.rows.size()) + 1,
                                              static_cast<int>(b.header.size()), tf);
            for (int col = 0; col < b.header.size(); ++col) {
                QTextTableCell cell = table->cellAt(0, col);
                QTextCharFormat bg = cell.format();
                bg.setBackground(QColor(0xe8, 0xee, 0xf5));
                cell.setFormat(bg);
                QTextCursor cc = cell.firstCursorPosition();
                cc.setBlockFormat(fmt.cellBlock);
                cc.insertText(b.header[col], fmt.cellBold);
            }
            for (int row = 0; row < b.rows.size(); ++row) {
                for (int col = 0; col < b.header.size(); ++col) {
                    table->cellAt(row + 1, col)
                        .firstCursorPosition()
                        .insertText(b.rows[row].value(col), charFormat(9));
                }
            }
            c.movePosition(QTextCursor::End);
            break;
        }
        }
    }
}

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

    QTextDocument td;
    td.setDocumentMargin(0);
    td.documentLayout()->setPaintDevice(&writer);
    build(td, doc);

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal mm = writer.resolution() / 25.4;
    const qreal headerHeight = 12 * mm;
    const qreal footerHeight = 10 * mm;
    const QRectF body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);
    td.setPageSize(body.size());
    const int pages = td.pageCount();

    QPainter painter(&writer);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    QFont draft(QStringLiteral("DejaVu Sans"));
    draft.setPointSizeF(72);
    draft.setBold(true);
    for (int p = 0; p < pages; ++p) {
        if (p > 0) {
            writer.newPage();
        }
        painter.setFont(small);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF headerRect(0, 0, page.width(), headerHeight - 3 * mm);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, doc.runningHeader);
        if (!doc.draftMark.isEmpty()) {
            QFont mark = small;
            mark.setBold(true);
            mark.setPointSizeF(11);
            painter.setFont(mark);
            painter.setPen(QColor(0xc0, 0, 0));
            painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, doc.draftMark);
            painter.setFont(small);
            painter.setPen(QColor(0x66, 0x66, 0x66));
        }
        painter.drawLine(QPointF(0, headerHeight - 2 * mm),
                         QPointF(page.width(), headerHeight - 2 * mm));
        painter.drawText(
            QRectF(0, page.height() - footerHeight + 3 * mm, page.width(), footerHeight - 3 * mm),
            Qt::AlignHCenter | Qt::AlignTop, doc.pageLabel.arg(p + 1).arg(pages));

        if (!doc.draftMark.isEmpty()) {
            painter.save();
            painter.setFont(draft);
            painter.setPen(QColor(200, 0, 0, 28));
            painter.translate(page.width() / 2, page.height() / 2);
            painter.rotate(-35);
            painter.drawText(
                QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2),
                Qt::AlignCenter, doc.draftMark);
            painter.restore();
        }

        painter.save();
        painter.translate(0, body.top() - p * body.height());
        td.drawContents(&painter, QRectF(0, p * body.height(), body.width(), body.height()));
        painter.restore();
    }
    painter.end();
    return bytes;
}

} // namespace copil::exchange
