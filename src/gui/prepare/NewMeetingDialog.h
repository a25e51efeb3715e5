#pragma once

#include "domain/MeetingData.h"
#include "exchange/Templates.h"

#include <QDialog>

class QButtonGroup;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace copil::session {
class Session;
}

namespace copil::gui {

/// Réunion › Nouvelle réunion… : three starts (blank, a template, the previous meeting of
/// the workspace), each with a preview of what it brings, then the title, the date and
/// the day's times. The meeting is made through the session's Editor (undoable) and opened.
class NewMeetingDialog : public QDialog {
    Q_OBJECT

public:
    enum class Start { Blank, Template, Previous };

    NewMeetingDialog(session::Session& session, QWidget* parent = nullptr,
                     const QString& templatesFolder = exchange::Templates::userFolder());

    /// Asks, makes and opens the meeting; false when the person gave up.
    static bool ask(session::Session& session, QWidget* parent);

    /// The meeting the fields describe now, or an error saying which field is wrong.
    domain::Result<domain::MeetingData> meeting() const;
    void setStart(Start start);

    void accept() override;

private:
    void fillChoices();
    void choiceChanged();
    void showPreview();
    domain::Result<domain::MeetingData> source() const;

    session::Session& m_session;
    QString m_folder;
    QList<exchange::TemplateInfo> m_templates;
    QButtonGroup* m_starts = nullptr;
    QRadioButton* m_blank = nullptr;
    QRadioButton* m_template = nullptr;
    QRadioButton* m_previous = nullptr;
    QListWidget* m_choices = nullptr;
    QLabel* m_preview = nullptr;
    QLineEdit* m_title = nullptr;
    QSpinBox* m_number = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_dayStart = nullptr;
    QTimeEdit* m_dayEnd = nullptr;
    QLineEdit* m_location = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace copil::gui
