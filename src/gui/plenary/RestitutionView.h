#pragma once

#include "domain/MeetingData.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;
class QTimer;

namespace copil::domain {
struct ChangeEvent;
}

namespace copil::session {
class Session;
}

namespace copil::gui {

/// What each subgroup brings to the plenary, for the projector: its selected causes with
/// their dots and scores, its retained solutions, and the notes taken on each guiding
/// question. One subgroup at a time, large type (Ctrl+plus, Ctrl+minus to adjust). A view
/// over the Session, drawn again when something it shows changes (while it is seen).
class RestitutionView : public QWidget {
    Q_OBJECT

public:
    /// How long after a change the synthesis is drawn again (changes in between wait too).
    static constexpr int kRedrawMs = 250;

    explicit RestitutionView(session::Session& session, QWidget* parent = nullptr);
    /// Shows the subgroup numbered `number`; false if there is none.
    bool showSubgroup(int number);
    QComboBox* subgroups() const { return m_subgroups; }
    QString text() const;

    /// The synthesis of one subgroup as HTML (all text escaped).
    static QString html(const domain::MeetingData& data, const QString& subgroupId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void changed(const domain::ChangeEvent& event);
    void showSubgroups();
    void render();

    session::Session& m_session;
    bool m_stale = true;
    QTimer* m_redraw = nullptr;
    QComboBox* m_subgroups = nullptr;
    QTextBrowser* m_browser = nullptr;
};

} // namespace copil::gui
