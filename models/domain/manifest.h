#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Forward: a township point sends cases and their material packets to its county hall.
// Return: the hall sends results back to the township point that releases them.
enum class ManifestDirection { Forward, Return };

enum class ManifestStatus {
    Sent,                 // on its way
    Received,             // received, every packet there
    ReceivedWithMismatch, // received, some packets missing (both sides see which)
};

// One case on a manifest and its material packets (a folder, an envelope with the result).
struct ManifestEntry
{
    QString caseId;
    QString caseNumber;
    QString itemName;
    QString applicantName;
    int packets = 1;
    std::optional<int> packetsReceived; // empty until the manifest is received
    QString note;                       // the receiver's remark on a missing packet
    bool caseKnown = true;              // the case is in this store (false: not synced here yet)

    enum class State { Pending, Received, Missing, AwaitingSync };
    // Not synced here shows as awaiting sync whatever the packets say: not an error.
    State state() const;
};

// A handoff manifest (流转单).
struct Manifest
{
    QString id;
    QString number; // LZ-<from place>-<yyyyMMdd>-<device>-<seq>: printed with its QR code
    ManifestDirection direction = ManifestDirection::Forward;
    QString fromPlace;
    QString toPlace;
    ManifestStatus status = ManifestStatus::Sent;
    QString note;
    QString createdBy;
    QDateTime createdAt;
    QString receivedBy;
    QDateTime receivedAt;
    qint64 version = 1;
    QDateTime updatedAt;
    QList<ManifestEntry> entries;

    int packets() const;
    int missingPackets() const; // after receipt
    int awaitingSync() const;
};

} // namespace ow
