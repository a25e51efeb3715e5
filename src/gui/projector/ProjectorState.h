#pragma once

#include <QString>

namespace copil::gui {

/// What the room's screen shows under the message and the blackout.
enum class ProjectorMode {
    Day,        ///< per lane the current item, its time left in large digits, what follows
    Questions,  ///< a subgroup's guiding questions, the one being discussed highlighted
    Ranking,    ///< a subgroup's prioritisation: ranking and chart
    Restitution ///< a subgroup's synthesis for the plenary
};

/// What the facilitator has chosen to show the room. Presentation only: everything shown
/// is read from the Session; none of this is stored in the workspace.
struct ProjectorState {
    ProjectorMode mode = ProjectorMode::Day;
    /// The subgroup shown by the modes that show one; empty: chosen automatically.
    QString subgroupId;
    /// Prioritisation results shown live; false: hidden until the facilitator reveals them.
    bool resultsRevealed = true;
    /// Shown over whatever is projected; empty: none.
    QString message;
    /// Nothing on the screen.
    bool blackout = false;
    /// The room keeps the image it had when this was set, whatever changes meanwhile.
    bool frozen = false;
    bool operator==(const ProjectorState&) const = default;
};

} // namespace copil::gui
