#include "SubgroupView.h"

#include "domain/Labels.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copil::gui {

namespace {

QTreeWidget* makeTree(const QStringList& headers)
{
    auto* tree = new QTreeWidget;
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
    m_items = makeTree({tr("Éléments à prioriser"), tr("N°")});

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(boxed(tr("Questions de cadrage"), m_questions));
    splitter->addWidget(boxed(tr("Causes et critères"), m_items));

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

    m_items->clear();
    int number = 0;
    for (const auto& item : items) {
        if (item.subgroupId == subgroup.id) {
            new QTreeWidgetItem(m_items, {item.text, QString::number(++number)});
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
}

} // namespace copil::gui
