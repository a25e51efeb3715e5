#pragma once

#include "domain/Prioritisation.h"
#include "gui/common/RowModel.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace copil::domain {
struct ChangeEvent;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

class InlineMessage;
class RankingChart;
class SolutionsView;

/// A cause with where it stands: one line of the score table.
struct CauseRow {
    QString id;
    domain::PriorityItem item;
    domain::ItemStanding standing;
    QList<int> scores; ///< per criterion, in the criteria's order; 0 when not scored
    bool ticked = false;
    bool operator==(const CauseRow&) const = default;
};

/// A cause with the dots placed on it: one line of the dots table.
struct DotRow {
    QString id;
    QString text;
    QList<int> counts; ///< per voter, then the paper tally
    bool operator==(const DotRow&) const = default;
};

/// A criterion with its number (C1, C2…): one line of the criteria table.
struct CriterionRow {
    QString id;
    int number = 0;
    domain::Criterion criterion;
    bool operator==(const CriterionRow&) const = default;
};

/// Choosing priorities among causes: the list (editable), dots per member or read off
/// paper stickers, scores per criterion with their weights, the ranking as a table and a
/// bar chart, and the selection the group confirms (each revision kept with its time).
/// A view over the Session: tables follow every change in place.
class PrioritisationView : public QWidget {
    Q_OBJECT

public:
    enum ScoreColumn { CauseColumn, DotsColumn, FirstCriterionColumn };
    enum CriterionColumn { CriterionNameColumn, CriterionWeightColumn };

    PrioritisationView(session::Session& session, const QString& subgroupId,
                       QWidget* parent = nullptr);
    ~PrioritisationView() override;

    bool isEmpty() const;

    QTableView* dotTable() const { return m_dots; }
    QTableView* scoreTable() const { return m_scores; }
    QTableView* criteriaTable() const { return m_criteria; }
    RowModel<CauseRow>* scoreModel() const { return m_scoreModel; }
    RowModel<DotRow>* dotModel() const { return m_dotModel; }
    RowModel<CriterionRow>* criteriaModel() const { return m_criteriaModel; }
    QSpinBox* dotsPerMember() const { return m_dotsPerMember; }
    QLineEdit* newCause() const { return m_newCause; }
    QLineEdit* newCriterion() const { return m_newCriterion; }
    RankingChart* chart() const { return m_chart; }
    SolutionsView* solutions() const { return m_solutions; }
    InlineMessage* message() const { return m_message; }
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
    /// Something could not be saved (already said in place).
    void failed(const QString& message);

private:
    void changed(const domain::ChangeEvent& event);
    void refresh(bool reset);
    void refuse(const QString& message);
    QList<CauseRow> causeRows() const;
    QList<DotRow> dotRows() const;
    bool commitScore(const CauseRow& before, const CauseRow& after, int column);
    bool commitDots(const DotRow& before, const DotRow& after, int column);

    session::Session& m_session;
    QString m_subgroupId;
    QList<domain::Criterion> m_criteriaList;
    QList<domain::Participant> m_voters;
    QSet<QString> m_ticked;   ///< causes ticked for the next confirmation
    int m_shownRevision = -1; ///< the selection the ticks were taken from
    QStringList m_scoreHeaders;
    QStringList m_dotHeaders;

    QSpinBox* m_dotsPerMember = nullptr;
    QTableView* m_dots = nullptr;
    QTableView* m_scores = nullptr;
    QTableView* m_criteria = nullptr;
    RowModel<CauseRow>* m_scoreModel = nullptr;
    RowModel<DotRow>* m_dotModel = nullptr;
    RowModel<CriterionRow>* m_criteriaModel = nullptr;
    QLineEdit* m_newCause = nullptr;
    QLineEdit* m_newCriterion = nullptr;
    QLabel* m_dotsInfo = nullptr;
    QLabel* m_selection = nullptr;
    InlineMessage* m_message = nullptr;
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
        bool operator==(const Bar&) const = default;
    };
    using QWidget::QWidget;
    void setBars(const QList<Bar>& bars);
    const QList<Bar>& bars() const { return m_bars; }
    /// Long labels wrapped on as many lines as they need rather than cut (for the room's
    /// screen): the bars that do not fit whole are on the next pages.
    void setWrapping(bool wrap);
    /// Shows the bars from `first` on (wrapped charts page through their bars).
    void setFirstBar(int first);
    int firstBar() const { return m_first; }
    /// How many bars, from the first shown, are drawn whole at the chart's height.
    int shownBars() const;
    QSize sizeHint() const override;

signals:
    /// The bars shown changed: from `first`, `shown` of `total`.
    void pageChanged(int first, int shown, int total);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Each bar's row height at this width, in order.
    QList<int> rowHeights(int width) const;
    int labelWidth(int width) const;
    int figuresWidth() const;
    void announcePage();

    QList<Bar> m_bars;
    bool m_wrap = false;
    int m_first = 0;
    QList<int> m_announced; ///< the page last said by pageChanged
};

} // namespace copil::gui
