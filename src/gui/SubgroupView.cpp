#include "SubgroupView.h"

#include "domain/Labels.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copil::gui {

namespace {

// Sizes rows to the wrapped height of their text in the column's current width (the
// default delegate measures text on one line, so long questions would be cut).
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const auto* tree = qobject_cast<const QTreeView*>(parent());
        if (!tree || index.column() != 0) {
            return size; // the other columns hold short values sized to their contents
        }
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
            ++depth;
        }
        const int width = tree->columnWidth(0) - depth * tree->indentation();
        const QString text = index.data(Qt::DisplayRole).toString();
        const QFontMetrics metrics(option.font);
        const QRect needed = metrics.boundingRect(QRect(0, 0, std::max(width - 12, 40), 100000),
                                                  Qt::TextWordWrap, text);
        size.setHeight(std::max(size.height(), needed.height() + 4));
        return size;
    }
};

// Row heights are laid out again whenever the width changes.
class WrappingTree : public QTreeWidget {
public:
    WrappingTree() { setItemDelegate(new WrappingDelegate(this)); }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QTreeWidget::resizeEvent(event);
        scheduleDelayedItemsLayout();
    }
};

QTreeWidget* makeTree(const QStringList& headers)
{
    auto* tree = new WrappingTree;
    tree->setUniformRowHeights(false);
    tree->setHeaderLabels(headers);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c) {
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    return tree;
}

QWidget* boxed(const QString& title, QWidget* inner)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(inner);
    return box;
}

} // namespace

SubgroupView::SubgroupView(QWidget* parent) : QWidget(parent)
{
    m_framing = new QLabel;
    m_framing->setWordWrap(true);
    m_framing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_questions = makeTree({tr("Questions"), tr("Avancement")});
    m_items = makeTree({tr("Éléments à prioriser")});

    auto* splitter = new QSplitter(Qt::Vertical);
    m_questionsBox = boxed(tr("Questions de cadrage"), m_questions);
    splitter->addWidget(m_questionsBox);
    m_itemsBox = boxed(tr("Causes et critères"), m_items);
    splitter->addWidget(m_itemsBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(boxed(tr("Contexte"), m_framing));
    layout->addWidget(splitter, 1);
}

void SubgroupView::setContent(const domain::Subgroup& subgroup,
                              const QList<domain::GuidingQuestion>& questions,
                              const QList<domain::PriorityItem>& items,
                              const QList<domain::Criterion>& criteria)
{
    m_framing->setText(subgroup.framing.isEmpty() ? tr("(pas de texte de cadrage)")
                                                  : subgroup.framing);
    m_questions->clear();
    QHash<int, QTreeWidgetItem*> blocks;
    for (const auto& q : questions) {
        if (q.subgroupId != subgroup.id) {
            continue;
        }
        QTreeWidgetItem*& block = blocks[q.block];
        if (!block) {
            const QString title = q.block - 1 < subgroup.questionBlocks.size()
                                      ? subgroup.questionBlocks[q.block - 1]
                                      : QString();
            block = new QTreeWidgetItem(
                m_questions, {title.isEmpty() ? tr("Bloc %1").arg(q.block)
                                              : tr("Bloc %1 – %2").arg(q.block).arg(title)});
            QFont bold = block->font(0);
            bold.setBold(true);
            block->setFont(0, bold);
            block->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(block, {q.text, domain::Labels::of(q.progress)});
    }
    m_questions->expandAll();
    m_questionsBox->setVisible(!blocks.isEmpty());

    m_items->clear();
    int number = 0;
    for (const auto& item : items) {
        if (item.subgroupId == subgroup.id) {
            new QTreeWidgetItem(m_items, {tr("%1. %2").arg(++number).arg(item.text)});
        }
    }
    auto* criteriaRoot = new QTreeWidgetItem(m_items, {tr("Critères de priorisation")});
    QFont bold = criteriaRoot->font(0);
    bold.setBold(true);
    criteriaRoot->setFont(0, bold);
    for (const auto& c : criteria) {
        if (c.subgroupId == subgroup.id) {
            new QTreeWidgetItem(criteriaRoot,
                                {tr("%1 (poids %2)").arg(c.name, QLocale().toString(c.weight))});
        }
    }
    criteriaRoot->setHidden(criteriaRoot->childCount() == 0);
    m_items->expandAll();
    // A group without items to prioritise (e.g. the seed's subgroup 3) gets the room back.
    m_itemsBox->setVisible(number > 0 || criteriaRoot->childCount() > 0);
}

} // namespace copil::gui
