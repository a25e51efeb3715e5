#pragma once

#include <QObject>
#include <functional>

class QTimer;

namespace copil::gui {

/// When typing is saved: after a short pause, and in any case no later than a little
/// under a second after the first key not yet saved, so that steady typing never waits
/// for a pause and at most the last second of it can be lost (a crash, a battery). The
/// field calls typed() on each change and flush() when it loses the focus.
class TypingSaver : public QObject {
    Q_OBJECT

public:
    static constexpr int kPauseMs = 700;
    static constexpr int kLongestMs = 800;

    TypingSaver(std::function<void()> save, QObject* parent);
    /// A change was typed: the save is due after a pause, or at the latest soon.
    void typed();
    /// Saves now if anything is due.
    void flush();
    /// Forgets what is due (the field was emptied or cancelled).
    void cancel();
    bool isDue() const;

private:
    std::function<void()> m_save;
    QTimer* m_pause = nullptr;
    QTimer* m_longest = nullptr;
};

} // namespace copil::gui
