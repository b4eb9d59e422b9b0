#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Aura {

// Where secrets (API client secrets, database passwords the user chose to keep) live. Every call is
// asynchronous, answers exactly once, and is dropped if `context` is destroyed first. A missing entry is a normal
// answer (NotFound), not an error.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // only for a successful read
        QString errorText; // the store's own words, for Unavailable
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};

// Keeps secrets in this process's memory only: the unit-test fake, and the "for this session only" choice when
// the OS keychain is unavailable.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    void answer(QObject *context, Callback callback, Result result);

    QHash<QString, QString> m_secrets;
};

} // namespace Aura
