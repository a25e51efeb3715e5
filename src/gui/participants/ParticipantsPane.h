#pragma once

#include "domain/Participant.h"
#include "domain/Subgroup.h"
#include "gui/common/RowModel.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QPushButton;
class QTableView;

namespace Ui {
class ParticipantDialog;
}

namespace copil::domain {
struct ChangeEvent;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

/// The form for one participant.
class ParticipantDialog : public QDialog {
    Q_OBJECT

public:
    ParticipantDialog(const domain::Participant& person, bool rapporteur,
                      const QList<domain::Subgroup>& subgroups, QWidget* parent = nullptr);
    ~ParticipantDialog() override;
    domain::Participant person() const;
    bool rapporteur() const;
    void accept() override;

private:
    std::unique_ptr<Ui::ParticipantDialog> m_ui;
    domain::Participant m_original;
};

/// Who is invited, who came: add, edit, remove, check in during the welcome (with the
/// counts by kind of organisation), subgroup members and rapporteurs, CSV import; a search
/// field and sortable columns for the welcome desk. A view over the Session: the table
/// follows every change row by row.
class ParticipantsPane : public QWidget {
    Q_OBJECT

public:
    enum Column { Name, Presence, Organisation, Kind, Role, Subgroup, ColumnCount };

    explicit ParticipantsPane(session::Session& session, QWidget* parent = nullptr);
    ~ParticipantsPane() override;

    RowModel<domain::Participant>* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The welcome desk's search: any part of the name or organisation, accents and case
    /// aside (Ctrl+F; typing in the table goes there too).
    QLineEdit* filterEdit() const { return m_filter; }
    /// The participants in the order and with the filter the table shows.
    QStringList shownIds() const;
    QString countsText() const;

    void addParticipant();
    void editSelected();
    void removeSelected();
    void checkInSelected(domain::Attendance attendance);
    /// Reads a CSV file, shows what it holds and imports the good lines in one go.
    void importCsv(const QString& path = {});
    QStringList selectedIds() const;
    void selectParticipant(const QString& id);

signals:
    void failed(const QString& message);

private:
    void changed(const domain::ChangeEvent& event);
    void reset();
    void showCounts();
    void selectRow(int row);
    void filterChanged();
    bool eventFilter(QObject* watched, QEvent* event) override;

    session::Session& m_session;
    RowModel<domain::Participant>* m_model = nullptr;
    QSortFilterProxyModel* m_shown = nullptr; ///< filtered and sorted view of m_model
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_counts = nullptr;
    QPushButton* m_importHint = nullptr;
};

} // namespace copil::gui
