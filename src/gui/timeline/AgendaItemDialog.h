#pragma once

#include "domain/AgendaItem.h"
#include "domain/Meeting.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AgendaItemDialog;
}

namespace copil::gui {

/// The form for every field of an agenda item. The domain's rules are checked as the
/// fields change: a rule broken (end before start, outside the day or the parent) is
/// shown and OK refused; an overlap in the lane is shown as a warning only.
class AgendaItemDialog : public QDialog {
    Q_OBJECT

public:
    AgendaItemDialog(const domain::AgendaItem& item, const QList<domain::AgendaItem>& agenda,
                     const domain::Meeting& meeting, QWidget* parent = nullptr);
    ~AgendaItemDialog() override;

    domain::AgendaItem item() const;
    /// What is shown under the form: broken rules, then warnings.
    QString issuesText() const;
    bool hasErrors() const { return !m_errors.isEmpty(); }

    void accept() override;

private:
    void check();

    std::unique_ptr<Ui::AgendaItemDialog> m_ui;
    domain::AgendaItem m_original;
    QList<domain::AgendaItem> m_agenda;
    domain::Meeting m_meeting;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace copil::gui
