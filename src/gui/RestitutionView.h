#pragma once

#include "domain/MeetingData.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace copil::gui {

/// What each subgroup brings to the plenary, for the projector: its selected causes with
/// their dots and scores, its retained solutions, and the notes taken on each guiding
/// question. One subgroup at a time, large type (Ctrl+plus, Ctrl+minus to adjust).
class RestitutionView : public QWidget {
    Q_OBJECT

public:
    explicit RestitutionView(QWidget* parent = nullptr);
    void setContent(const domain::MeetingData& data);
    /// Shows the subgroup numbered `number`; false if there is none.
    bool showSubgroup(int number);
    QComboBox* subgroups() const { return m_subgroups; }
    QString text() const;

    /// The synthesis of one subgroup as HTML (all text escaped).
    static QString html(const domain::MeetingData& data, const QString& subgroupId);

private:
    void render();

    domain::MeetingData m_data;
    QComboBox* m_subgroups = nullptr;
    QTextBrowser* m_browser = nullptr;
};

} // namespace copil::gui
