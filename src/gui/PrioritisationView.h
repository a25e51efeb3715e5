#pragma once

#include "domain/MeetingData.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace copil::domain {
class Clock;
}

namespace copil::gui {

class Editor;
class RankingChart;
class SolutionsView;

/// Choosing priorities among causes: the list (editable), dots per member or read off
/// paper stickers, scores per criterion with their weights, the ranking as a table and a
/// bar chart, and the selection the group confirms (each revision kept with its time).
class PrioritisationView : public QWidget {
    Q_OBJECT

public:
    enum ScoreColumn { CauseColumn, DotsColumn, FirstCriterionColumn };

    PrioritisationView(Editor* editor, const domain::Clock* clock, QWidget* parent = nullptr);

    void setContent(const domain::MeetingData& data, const QString& subgroupId);
    bool isEmpty() const;

    QTableWidget* dotTable() const { return m_dots; }
    QTableWidget* scoreTable() const { return m_scores; }
    QTableWidget* criteriaTable() const { return m_criteria; }
    QSpinBox* dotsPerMember() const { return m_dotsPerMember; }
    QLineEdit* newCause() const { return m_newCause; }
    QLineEdit* newCriterion() const { return m_newCriterion; }
    RankingChart* chart() const { return m_chart; }
    SolutionsView* solutions() const { return m_solutions; }
    QString selectionText() const;
    QString dotsText() const;
    /// Column of the "retained" box and of the weighted score in the score table.
    int retainedColumn() const;
    int weightedColumn() const;

    /// Records the causes ticked in the table as the group's selection, now.
    bool confirmSelection();
    bool addCause();
    bool addCriterion();
    void removeSelectedCause();

signals:
    void failed(const QString& message);

private:
    void dotsEdited(QTableWidgetItem* cell);
    void scoreEdited(QTableWidgetItem* cell);
    void criterionEdited(QTableWidgetItem* cell);

    Editor* m_editor = nullptr;
    const domain::Clock* m_clock = nullptr;
    domain::MeetingData m_data;
    domain::Subgroup m_subgroup;
    QList<domain::PriorityItem> m_items;
    QList<domain::Criterion> m_criteriaList;
    QList<domain::Participant> m_voters;
    QSet<QString> m_ticked;   ///< causes ticked for the next confirmation
    int m_shownRevision = -1; ///< the selection the ticks were taken from
    bool m_loading = false;

    QSpinBox* m_dotsPerMember = nullptr;
    QTableWidget* m_dots = nullptr;
    QTableWidget* m_scores = nullptr;
    QTableWidget* m_criteria = nullptr;
    QLineEdit* m_newCause = nullptr;
    QLineEdit* m_newCriterion = nullptr;
    QLabel* m_dotsInfo = nullptr;
    QLabel* m_selection = nullptr;
    QPushButton* m_confirm = nullptr;
    RankingChart* m_chart = nullptr;
    SolutionsView* m_solutions = nullptr;
};

/// The ranking as horizontal bars, largest first: dots, and the weighted score beside.
class RankingChart : public QWidget {
    Q_OBJECT

public:
    struct Bar {
        QString label;
        int dots = 0;
        double score = 0;
        bool retained = false;
    };
    using QWidget::QWidget;
    void setBars(const QList<Bar>& bars);
    const QList<Bar>& bars() const { return m_bars; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Bar> m_bars;
};

} // namespace copil::gui
