#pragma once

#include "exchange/Export.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExportDialog;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

/// Chooses what to export (minutes, record of decisions, agenda), the format, the
/// sections, the status (draft or validated, and by whom) and the destination.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const domain::Meeting& meeting, exchange::MinutesOptions::Variant variant,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// Asks what to export of the session's open meeting, then runs the export in the
    /// background behind a progress dialog; the session's exportFinished() says how it
    /// went.
    static void exportMeeting(session::Session& session, exchange::MinutesOptions::Variant variant,
                              QWidget* parent);

    /// The request as set in the dialog (validation time left to the caller).
    exchange::ExportRequest request() const;
    QString destination() const;
    void setDestination(const QString& path);
    void setFormat(exchange::ExportFormat format);
    void setVariant(exchange::MinutesOptions::Variant variant);
    void setValidated(bool validated, const QString& by);

private:
    void updateState();
    void browse();
    QString defaultFileName() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    domain::Meeting m_meeting;
    QString m_folder;
};

} // namespace copil::gui
