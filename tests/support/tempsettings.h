#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace crossma::test {

// A settings file of its own in a fresh temporary folder, in INI format so a
// test can read its bytes. Removed with the object.
class TempSettings
{
public:
    TempSettings();

    QString fileName() const { return m_file; }
    std::unique_ptr<QSettings> open() const;

    // The file's bytes as they are on disk (empty if it does not exist).
    QByteArray bytes() const;

    // Makes every write to the file fail while it stays readable, as a
    // read-only settings file does. Root ignores permission bits (and CI runs
    // as root), so root marks the file and its folder immutable instead.
    // Returns false if neither works here.
    bool makeUnwritable();
    void makeWritable();

    ~TempSettings();

private:
    QTemporaryDir m_root;
    QString m_folder;
    QString m_file;
    enum class Lock { None, Permissions, Immutable } m_lock = Lock::None;
};

}  // namespace crossma::test
