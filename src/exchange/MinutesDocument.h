#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace copil::exchange {

/// One block of a document: the renderers know these kinds and nothing else, so every
/// user text reaches a renderer as plain text and is escaped there for its format.
struct Block {
    enum class Kind { Heading, Paragraph, Bullets, Table };
    Kind kind = Kind::Paragraph;
    int level = 1;                ///< Heading: 1 (section) to 4
    QString label;                ///< Paragraph: bold lead-in ("Date"), may be empty
    QString text;                 ///< Heading, Paragraph
    bool emphasis = false;        ///< Paragraph in italics
    QStringList items;            ///< Bullets
    QStringList header;           ///< Table
    QList<QStringList> rows;      ///< Table
    QList<int> widths;            ///< Table: relative column widths (percent), may be empty
    bool keepWithNext = false;    ///< Paragraph: a lead-in never left alone at a page's foot
    bool pageBreakBefore = false; ///< Heading: starts a new page (one sheet per subgroup)
    int minRowHeightMm = 0;       ///< Table: rows at least this high (room to sign)

    static Block heading(int level, const QString& text)
    {
        Block b;
        b.kind = Kind::Heading;
        b.level = level;
        b.text = text;
        return b;
    }
    static Block paragraph(const QString& text, const QString& label = {})
    {
        Block b;
        b.text = text;
        b.label = label;
        return b;
    }
    /// A bold lead-in ("Proposition") introducing the list that follows: kept with it.
    static Block lead(const QString& label)
    {
        Block b;
        b.label = label;
        b.keepWithNext = true;
        return b;
    }
    static Block note(const QString& text)
    {
        Block b;
        b.text = text;
        b.emphasis = true;
        return b;
    }
    static Block bullets(const QStringList& items)
    {
        Block b;
        b.kind = Kind::Bullets;
        b.items = items;
        return b;
    }
    static Block table(const QStringList& header, const QList<QStringList>& rows,
                       const QList<int>& widths = {})
    {
        Block b;
        b.kind = Kind::Table;
        b.header = header;
        b.rows = rows;
        b.widths = widths;
        return b;
    }
};

/// A document ready for any renderer: minutes, record of decisions or agenda handout.
struct Document {
    QString language;      ///< "fr" or "en": lang attribute, hyphenation
    QString title;         ///< first line of the title block
    QStringList subtitle;  ///< further lines of the title block
    QString runningHeader; ///< top of every page: meeting title and date
    QString draftMark;     ///< e.g. "PROJET" on every page; empty once validated
    QString statusLine;    ///< "Projet" or "Validé par … le …"
    QString pageLabel;     ///< "Page %1 / %2" in the document's language
    QString labelSeparator = QStringLiteral(" : "); ///< between a label and its text
    QList<Block> blocks;
};

} // namespace copil::exchange
