#pragma once

#include "domain/Meeting.h"
#include "domain/Result.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MeetingPropertiesDialog;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

/// Réunion › Propriétés… : every field of the open meeting (title, series, number, date,
/// place, the day's times, organisers, contact, context). Problems are said under the
/// fields as they are typed, the agenda items a new day's end leaves out named; saved
/// through the Editor (one undo step).
class MeetingPropertiesDialog : public QDialog {
    Q_OBJECT

public:
    explicit MeetingPropertiesDialog(session::Session& session, QWidget* parent = nullptr);
    ~MeetingPropertiesDialog() override;

    static bool ask(session::Session& session, QWidget* parent);

    /// The meeting as the fields say, or what is wrong with it.
    domain::Result<domain::Meeting> meeting() const;
    void accept() override;

private:
    void check();

    session::Session& m_session;
    std::unique_ptr<Ui::MeetingPropertiesDialog> m_ui;
};

} // namespace copil::gui
