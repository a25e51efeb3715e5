#pragma once

#include <QObject>

class QComboBox;
class QLabel;

namespace copil::session {
class Session;
}

namespace copil::gui {

/// The top of the window: the list of the workspace's meetings (choosing one opens it)
/// and the open meeting's title, date, times, place and contact, kept current.
class MeetingHeader : public QObject {
    Q_OBJECT

public:
    MeetingHeader(session::Session& session, QComboBox* meetings, QLabel* header,
                  QObject* parent = nullptr);

private:
    void showMeetings();
    void showOpen();
    void showHeader();

    session::Session& m_session;
    QComboBox* m_meetings;
    QLabel* m_header;
};

} // namespace copil::gui
