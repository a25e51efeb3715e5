#pragma once

#include "domain/Subgroup.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace copil::gui {

/// One subgroup at a glance: its framing, guiding questions by block, the items it
/// prioritises and its criteria.
class SubgroupView : public QWidget {
    Q_OBJECT

public:
    explicit SubgroupView(QWidget* parent = nullptr);
    void setContent(const domain::Subgroup& subgroup,
                    const QList<domain::GuidingQuestion>& questions,
                    const QList<domain::PriorityItem>& items,
                    const QList<domain::Criterion>& criteria);

    QTreeWidget* questionTree() const { return m_questions; }
    QTreeWidget* itemTree() const { return m_items; }

private:
    QLabel* m_framing = nullptr;
    QTreeWidget* m_questions = nullptr;
    QTreeWidget* m_items = nullptr;
    QWidget* m_itemsBox = nullptr;
    QWidget* m_questionsBox = nullptr;
};

} // namespace copil::gui
