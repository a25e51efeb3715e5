#pragma once

#include "exchange/ParticipantCsv.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace copil::gui {

/// The preview of a participants CSV before anything is saved: how the file was read, the
/// good lines as they will be saved (each with a box: people already in the meeting or
/// twice in the file are left unticked, « déjà inscrit »), the refused lines with their
/// number, and once, when the meeting lacks a subgroup the file names, the choice of
/// importing those people without it.
class CsvImportDialog : public QDialog {
    Q_OBJECT

public:
    CsvImportDialog(exchange::ParticipantCsv csv, const QString& path,
                    const QList<domain::Subgroup>& subgroups, QWidget* parent = nullptr);
    /// The people ticked, positions from firstPosition on.
    QList<domain::Participant> selection(int firstPosition) const;

private:
    QList<bool> chosen() const;
    void sync();

    exchange::ParticipantCsv m_csv;
    QString m_path;
    QStringList m_details; ///< the summary's lines after the first
    QLabel* m_summary = nullptr;
    QTableWidget* m_rows = nullptr;
    QCheckBox* m_withoutSubgroup = nullptr;
    QPushButton* m_import = nullptr;
    bool m_syncing = false;
};

} // namespace copil::gui
