#include "manifestrules.h"

#include "permissions.h"

namespace ow {

namespace {

Error refuse(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message, {}};
}

} // namespace

ManifestEntry::State ManifestEntry::state() const
{
    if (!caseKnown)
        return State::AwaitingSync;
    if (!packetsReceived)
        return State::Pending;
    return *packetsReceived < packets ? State::Missing : State::Received;
}

int Manifest::packets() const
{
    int n = 0;
    for (const ManifestEntry &e : entries)
        n += e.packets;
    return n;
}

int Manifest::missingPackets() const
{
    int n = 0;
    for (const ManifestEntry &e : entries) {
        if (e.packetsReceived)
            n += std::max(0, e.packets - *e.packetsReceived);
    }
    return n;
}

int Manifest::awaitingSync() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const ManifestEntry &e) { return !e.caseKnown; }));
}

Status ManifestRules::maySend(ManifestDirection direction, const ManifestActor &actor,
                              const QString &fromPlace, const QString &toPlace,
                              const QString &toPlaceParent)
{
    if (direction == ManifestDirection::Forward) {
        if (!Permissions::mayEver(actor.role, Action::ManifestSendForward))
            return refuse("role.forbidden",
                          tr("Only a township point sends cases to the county hall."));
        if (actor.placeCode.isEmpty() || actor.placeCode != fromPlace)
            return refuse("place.forbidden", tr("A manifest is sent from where you work."));
        if (toPlace.isEmpty() || toPlace != actor.hallCode)
            return refuse("manifest.destination",
                          tr("A township point sends its cases to its own county hall."));
        return Status::success();
    }
    if (!Permissions::mayEver(actor.role, Action::ManifestSendReturn))
        return refuse("role.forbidden",
                      tr("Only a hall counter returns results to a township point."));
    if (actor.placeCode.isEmpty() || actor.placeCode != fromPlace)
        return refuse("place.forbidden", tr("A manifest is sent from where you work."));
    if (toPlace.isEmpty() || toPlaceParent != actor.placeCode)
        return refuse("manifest.destination",
                      tr("Results go back to a township point of this hall."));
    return Status::success();
}

Status ManifestRules::mayList(ManifestDirection direction, const ManifestCaseFacts &c,
                              const QString &fromPlace, const QString &toPlace)
{
    if (direction == ManifestDirection::Forward) {
        if (c.channel != CaseChannel::Township || c.placeCode != fromPlace)
            return refuse("manifest.case_elsewhere",
                          tr("Only cases received at this township point are sent from it."));
        if (c.state == CaseState::Accepted)
            return refuse("manifest.not_forwarded",
                          tr("The case is accepted but not forwarded yet: forward it to the "
                             "department first."));
        if (c.state == CaseState::Received && c.townshipAcceptable)
            return refuse("manifest.not_accepted",
                          tr("This item is accepted here: accept and forward the case first."));
        if (c.state != CaseState::Received && c.state != CaseState::InReview)
            return refuse("manifest.case_state",
                          tr("A case that is “%1” is not sent to the county.")
                                  .arg(CaseLifecycle::stateDisplayName(c.state)));
        return Status::success();
    }
    if (c.placeCode != toPlace)
        return refuse("manifest.case_elsewhere",
                      tr("Only results of cases received at that township point go back to "
                         "it."));
    if (c.state != CaseState::ReadyForRelease)
        return refuse("manifest.case_state", tr("Only results ready for release are returned."));
    if (c.releasePlaceCode != fromPlace)
        return refuse("manifest.result_elsewhere", tr("The result is not held here."));
    return Status::success();
}

Status ManifestRules::mayReceive(const Manifest &manifest, const ManifestActor &actor)
{
    if (manifest.status != ManifestStatus::Sent)
        return refuse("manifest.received",
                      tr("Manifest %1 has been received already.").arg(manifest.number));
    const Action action = manifest.direction == ManifestDirection::Forward
            ? Action::ManifestReceiveForward
            : Action::ManifestReceiveReturn;
    if (!Permissions::mayEver(actor.role, action))
        return refuse("role.forbidden",
                      manifest.direction == ManifestDirection::Forward
                              ? tr("The hall's counter receives manifests from township points.")
                              : tr("The township point receives returned results."));
    if (actor.placeCode.isEmpty() || actor.placeCode != manifest.toPlace)
        return refuse("place.forbidden",
                      tr("Manifest %1 is addressed to another place.").arg(manifest.number));
    return Status::success();
}

ManifestStatus ManifestRules::statusAfterReceipt(const QList<ManifestEntry> &entries)
{
    for (const ManifestEntry &e : entries) {
        if (!e.packetsReceived || *e.packetsReceived != e.packets)
            return ManifestStatus::ReceivedWithMismatch;
    }
    return ManifestStatus::Received;
}

QString ManifestRules::directionKey(ManifestDirection direction)
{
    return direction == ManifestDirection::Return ? QStringLiteral("return")
                                                  : QStringLiteral("forward");
}

std::optional<ManifestDirection> ManifestRules::directionFromKey(const QString &key)
{
    if (key == QLatin1String("forward"))
        return ManifestDirection::Forward;
    if (key == QLatin1String("return"))
        return ManifestDirection::Return;
    return std::nullopt;
}

QString ManifestRules::statusKey(ManifestStatus status)
{
    switch (status) {
    case ManifestStatus::Sent:
        return QStringLiteral("sent");
    case ManifestStatus::Received:
        return QStringLiteral("received");
    case ManifestStatus::ReceivedWithMismatch:
        break;
    }
    return QStringLiteral("received_mismatch");
}

std::optional<ManifestStatus> ManifestRules::statusFromKey(const QString &key)
{
    for (ManifestStatus s :
         {ManifestStatus::Sent, ManifestStatus::Received, ManifestStatus::ReceivedWithMismatch}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString ManifestRules::directionName(ManifestDirection direction)
{
    return direction == ManifestDirection::Return ? tr("Return (results to the township)")
                                                  : tr("Forward (cases to the county)");
}

QString ManifestRules::statusName(ManifestStatus status)
{
    switch (status) {
    case ManifestStatus::Sent:
        return tr("Sent");
    case ManifestStatus::Received:
        return tr("Received");
    case ManifestStatus::ReceivedWithMismatch:
        break;
    }
    return tr("Received — packets missing");
}

QString ManifestRules::entryStateName(ManifestEntry::State state)
{
    switch (state) {
    case ManifestEntry::State::Pending:
        return tr("On its way");
    case ManifestEntry::State::Received:
        return tr("Received");
    case ManifestEntry::State::Missing:
        return tr("Packet missing");
    case ManifestEntry::State::AwaitingSync:
        break;
    }
    return tr("Awaiting sync");
}

QString ManifestRules::number(const QString &fromPlace, const QDate &day, const QString &device,
                              int seq)
{
    return QStringLiteral("LZ-%1-%2-%3-%4")
            .arg(fromPlace, day.toString(QStringLiteral("yyyyMMdd")), device)
            .arg(seq, 3, 10, QLatin1Char('0'));
}

} // namespace ow
