#pragma once

namespace copil::domain {

/// Which stored version of a row a value was read from: the workspace counts the saves
/// of each row (1 for a new row), and a save based on an older version than the stored
/// one is a conflict (someone else saved in between). 0 for a row never read from a
/// workspace, saved as it is. Bookkeeping, not content: two rows with the same fields
/// compare equal whatever their revisions.
struct Revision {
    int value = 0;
    bool operator==(const Revision&) const { return true; }
};

} // namespace copil::domain
