#pragma once

// Real file-system faults for the tests: a small tmpfs that fills up, a mount that turns
// read-only. Mounting needs root (and a system that allows it); tests fall back to other
// means, or say they could not run, when it is refused.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <sys/mount.h>
#include <unistd.h>

namespace copil::test {

/// A tmpfs of `bytes` mounted on a new folder, unmounted at the end.
class TmpfsMount {
public:
    TmpfsMount(const QString& folder, qint64 bytes) : m_folder(folder)
    {
        REQUIRE(QDir().mkpath(folder));
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        // COPIL_TEST_NO_MOUNT=1 tries the fallbacks of the tests on a machine that mounts.
        m_mounted = !qEnvironmentVariableIsSet("COPIL_TEST_NO_MOUNT") && ::geteuid() == 0 &&
                    ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~TmpfsMount()
    {
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
        }
    }
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    bool mounted() const { return m_mounted; }
    QString path(const QString& name) const { return m_folder + u'/' + name; }
    bool remountReadOnly()
    {
        return ::mount(nullptr, QFile::encodeName(m_folder).constData(), nullptr,
                       MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

    /// Fills what space is left with a file; returns false if the disk did not fill up.
    bool fill()
    {
        QFile filler(path(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            return false;
        }
        const QByteArray block(4096, 'x');
        for (int i = 0; i < 1 << 20; ++i) {
            if (filler.write(block) != block.size()) {
                return true;
            }
        }
        return false;
    }
    /// Frees the space taken by fill().
    void free() { QFile::remove(path(QStringLiteral("filler"))); }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace copil::test
