#pragma once

#include "domain/MeetingData.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace copil::gui {

class Editor;
class NotesPanel;

/// Solutions for each cause the group works on: text, who could carry it (Ville, EPCI,
/// Département, État, partners, or any name), feasibility and impact from 1 to 5, the next
/// step, and whether the group retains it. Many per cause, in an order the group sets
/// (Alt+Up, Alt+Down); Delete removes one.
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

    explicit SolutionsView(Editor* editor, QWidget* parent = nullptr);

    void setContent(const domain::MeetingData& data, const QString& subgroupId);
    QComboBox* causes() const { return m_causes; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* newSolution() const { return m_new; }
    /// Notes on the selected solution.
    NotesPanel* notes() const { return m_notes; }
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
    void showCause();
    void edited(QTableWidgetItem* cell);
    QList<domain::Solution> solutionsOf(const QString& causeId) const;

    Editor* m_editor = nullptr;
    domain::MeetingData m_data;
    QString m_subgroupId;
    bool m_loading = false;
    QComboBox* m_causes = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_new = nullptr;
    NotesPanel* m_notes = nullptr;
};

} // namespace copil::gui
