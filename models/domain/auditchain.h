#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ow {

// One row of the audit log: who did what to which record, when, on which device, with what
// result. Each device keeps one chain (DESIGN.md): hash = SHA-256(prev_hash || canonical(row)).
struct AuditEntry
{
    qint64 seq = 0; // position in the local table (not hashed)
    QString id;
    QDateTime atUtc;
    QString deviceId; // the chain
    QString userId;
    QString placeCode;
    QString action; // e.g. "catalog.load", "case.accept"
    QString entity; // e.g. "catalog", "case"
    QString entityId;
    QJsonObject detail;
    QString result;   // "ok", "refused", ...
    QString prevHash; // hex SHA-256 of the device's previous row, or 64 zeros
    QString hash;     // hex SHA-256(prevHash || canonical(row))

    // The row's fields in a fixed order as compact JSON with sorted keys, UTF-8 (DESIGN.md).
    QByteArray canonical() const;
    // The hash this row's fields and prev_hash give.
    QString computeHash() const;

    // The wire form (sync protocol, POST /sync/v1/audit): every hashed field, prev_hash, hash.
    QJsonObject toJson() const;

    // Stored text back to values, exactly: text that does not read back as it was written
    // (changed in the table) gives a value that cannot hash as before.
    static QDateTime storedTime(const QString &text);
    static QJsonObject storedDetail(const QString &text);
    static QString detailText(const QJsonObject &detail); // as stored: compact JSON
};

// Walks one device's chain in order and stops at the first row that does not belong: a row
// whose fields were changed (its hash no longer matches), or a row that does not follow the
// one before (a row deleted, inserted or moved). Rows deleted at the end leave an intact chain:
// only a head kept elsewhere (the server's) shows them, see checkHead().
class AuditChainVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChainVerifier)
public:
    enum class Problem {
        None,
        Altered,   // the row's hash is not the hash of its fields
        Unlinked,  // the row does not continue the row before it
        Truncated, // the chain ends before a head that was acknowledged for it
    };

    static QString genesisHash();

    // startHash: the hash the first row must continue (the genesis, or a known earlier row).
    explicit AuditChainVerifier(const QString &startHash = genesisHash());

    // Before the first add(): the chain must pass through this row (a head the server
    // acknowledged); finish() reports Truncated when it does not.
    void expectHead(const QString &headId, const QString &headHash);
    // false once a problem is found (the row is the first bad one); later rows are ignored.
    bool add(const AuditEntry &row);
    // After the last row; true when the whole chain is intact.
    bool finish();

    Problem problem() const { return m_problem; }
    bool intact() const { return m_problem == Problem::None; }
    qint64 rows() const { return m_rows; }               // rows accepted before any problem
    const AuditEntry &firstBad() const { return m_bad; } // valid when !intact()
    QString lastHash() const { return m_lastHash; }

    static QString problemKey(Problem problem);
    // For the auditor: "chain intact (N rows)" or what is wrong where, translated.
    QString describe() const;

private:
    QString m_lastHash;
    qint64 m_rows = 0;
    Problem m_problem = Problem::None;
    AuditEntry m_bad;
    bool m_headSeen = true; // no head expected
    QString m_headId;
    QString m_headHash;
};

} // namespace ow
