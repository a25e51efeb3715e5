#pragma once

#include <QStandardItemModel>

namespace copil::storage {
class AgendaRepository;
}

namespace copil::gui {

/// The agenda of one meeting as a tree (sub-items under their parent), kept in step
/// with the repository through its changed() signal.
class AgendaModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, TitleColumn, TrackColumn, PresentersColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit AgendaModel(storage::AgendaRepository& repository, QObject* parent = nullptr);
    void setMeeting(const QString& meetingId);
    QString meetingId() const { return m_meetingId; }

signals:
    void loadFailed(const QString& message);

private:
    void reload();

    storage::AgendaRepository& m_repository;
    QString m_meetingId;
};

} // namespace copil::gui
