#pragma once

#include "domain/Subgroup.h"
#include "gui/common/RowModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace copil::domain {
struct ChangeEvent;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

class InlineMessage;
class NotesPanel;

/// Solutions for each cause the group works on: text, who could carry it (Ville, EPCI,
/// Département, État, partners, or any name), feasibility and impact from 1 to 5, the next
/// step, and whether the group retains it. Many per cause, in an order the group sets
/// (Alt+Up, Alt+Down); Delete removes one. A view over the Session.
class SolutionsView : public QWidget {
    Q_OBJECT

public:
    enum Column {
        TextColumn,
        CarriersColumn,
        FeasibilityColumn,
        ImpactColumn,
        NextStepColumn,
        RetainedColumn,
        ColumnCount
    };

    SolutionsView(session::Session& session, const QString& subgroupId, QWidget* parent = nullptr);
    ~SolutionsView() override;

    QComboBox* causes() const { return m_causes; }
    QTableView* table() const { return m_table; }
    RowModel<domain::Solution>* model() const { return m_model; }
    QLineEdit* newSolution() const { return m_new; }
    /// Notes on the selected solution.
    NotesPanel* notes() const { return m_notes; }
    InlineMessage* message() const { return m_message; }
    QString causeId() const;
    bool addSolution();
    void moveSelected(int direction);
    void removeSelected();

    /// "Ville, EPCI, CAF" → the known carriers and the rest as free text, and back.
    static void parseCarriers(const QString& text, domain::Solution& solution);
    static QString carriersText(const domain::Solution& solution);

signals:
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed(const domain::ChangeEvent& event);
    void showCauses();
    void showCause();
    QList<domain::Solution> solutionsOf(const QString& causeId) const;

    session::Session& m_session;
    QString m_subgroupId;
    QString m_shownCause;
    bool m_loading = false;
    QComboBox* m_causes = nullptr;
    QTableView* m_table = nullptr;
    RowModel<domain::Solution>* m_model = nullptr;
    QLineEdit* m_new = nullptr;
    NotesPanel* m_notes = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace copil::gui
