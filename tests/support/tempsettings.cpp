#include "tempsettings.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace crossma::test {

namespace {

bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

}  // namespace

TempSettings::TempSettings()
    : m_folder(m_root.path() + QStringLiteral("/config")),
      m_file(m_folder + QStringLiteral("/crossma-setup.ini"))
{
    QDir().mkpath(m_folder);
}

TempSettings::~TempSettings()
{
    makeWritable();  // or the temporary folder could not be removed
}

std::unique_ptr<QSettings> TempSettings::open() const
{
    return std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

QByteArray TempSettings::bytes() const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool TempSettings::makeUnwritable()
{
    if (m_lock != Lock::None)
        return true;
    if (!QFile::exists(m_file)) {
        QFile create(m_file);
        create.open(QIODevice::WriteOnly);
    }
    if (::geteuid() != 0) {
        QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ReadUser | QFileDevice::ExeUser);
        m_lock = Lock::Permissions;
        return true;
    }
    if (setImmutable(m_file, true) && setImmutable(m_folder, true)) {
        m_lock = Lock::Immutable;
        return true;
    }
    setImmutable(m_file, false);
    return false;
}

void TempSettings::makeWritable()
{
    switch (m_lock) {
    case Lock::None:
        return;
    case Lock::Permissions:
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ExeOwner | QFileDevice::ReadUser
                                            | QFileDevice::WriteUser | QFileDevice::ExeUser);
        QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadUser | QFileDevice::WriteUser);
        break;
    case Lock::Immutable:
        setImmutable(m_folder, false);
        setImmutable(m_file, false);
        break;
    }
    m_lock = Lock::None;
}

}  // namespace crossma::test
