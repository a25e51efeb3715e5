#pragma once

#include "domain/Participant.h"
#include "domain/Subgroup.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QWidget>
#include <memory>

class QLabel;
class QTableView;

namespace Ui {
class ParticipantDialog;
}

namespace copil::storage {
class ParticipantRepository;
class SubgroupRepository;
} // namespace copil::storage

namespace copil::gui {

class Editor;

/// The participants of a meeting as a table.
class ParticipantModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Presence, Organisation, Kind, Role, Subgroup, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setContent(const QList<domain::Participant>& people,
                    const QList<domain::Subgroup>& subgroups);
    const domain::Participant& at(int row) const { return m_people[row]; }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<domain::Participant> m_people;
    QList<domain::Subgroup> m_subgroups;
};

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
/// counts by kind of organisation), subgroup members and rapporteurs, CSV import.
class ParticipantsPane : public QWidget {
    Q_OBJECT

public:
    ParticipantsPane(Editor& editor, storage::ParticipantRepository& participants,
                     storage::SubgroupRepository& subgroups, QWidget* parent = nullptr);

    void setMeeting(const QString& meetingId);
    ParticipantModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
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
    void reload();
    void selectRow(int row);

    Editor& m_editor;
    storage::ParticipantRepository& m_participants;
    storage::SubgroupRepository& m_subgroups;
    QString m_meetingId;
    QList<domain::Subgroup> m_subgroupList;
    ParticipantModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_counts = nullptr;
};

} // namespace copil::gui
