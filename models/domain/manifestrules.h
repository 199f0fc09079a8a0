#pragma once

#include "caselifecycle.h"
#include "manifest.h"
#include "result.h"
#include "role.h"

#include <QCoreApplication>

namespace ow {

// The facts of a case that decide whether it may travel on a manifest.
struct ManifestCaseFacts
{
    CaseState state = CaseState::Received;
    CaseChannel channel = CaseChannel::Window;
    QString placeCode;        // where it was received (a township point for township cases)
    QString releasePlaceCode; // where its result is held
    bool townshipAcceptable = false;
};

// Who sends or receives.
struct ManifestActor
{
    Role role = Role::Counter;
    QString placeCode;
    QString hallCode; // the actor's hall (its own code at a hall)
};

// The rules of the township-to-county handoff (就近办). Pure: the server judges
// manifest.send and manifest.receive with the same functions (docs/tasks.md).
//
// - Forward (township → its hall): township staff list their own township-channel cases
//   that the hall must now handle: forwarded ones (in review, after CaseEvent::Route) and
//   received ones whose item a township may not accept (the hall's counter accepts them).
//   An accepted case must be forwarded (route) first; it is not sent half way.
// - Return (hall → township): hall counter staff list results ready for release of cases
//   received at that township and held at the hall; sending moves the result's release place
//   to the township (CaseLifecycle then lets only the township release it).
// - Receive: staff at the destination (counter at the hall, township staff at the point)
//   receive a sent manifest by its number, once, marking missing packets.
class ManifestRules final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestRules)
public:
    // May the actor send a manifest from `from` to `to` in this direction?
    static Status maySend(ManifestDirection direction, const ManifestActor &actor,
                          const QString &fromPlace, const QString &toPlace,
                          const QString &toPlaceParent);
    // May this case be listed (the places are the manifest's)?
    static Status mayList(ManifestDirection direction, const ManifestCaseFacts &c,
                          const QString &fromPlace, const QString &toPlace);
    static Status mayReceive(const Manifest &manifest, const ManifestActor &actor);
    // The status after receipt with these counts.
    static ManifestStatus statusAfterReceipt(const QList<ManifestEntry> &entries);
    static int maxPackets() { return 99; }

    static QString directionKey(ManifestDirection direction);
    static std::optional<ManifestDirection> directionFromKey(const QString &key);
    static QString statusKey(ManifestStatus status);
    static std::optional<ManifestStatus> statusFromKey(const QString &key);
    static QString directionName(ManifestDirection direction); // translated
    static QString statusName(ManifestStatus status);          // translated
    static QString entryStateName(ManifestEntry::State state); // translated
    static QString number(const QString &fromPlace, const QDate &day, const QString &device,
                          int seq);
};

} // namespace ow
