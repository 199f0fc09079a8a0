#include "refusalwording.h"

#include <QHash>

namespace ow {

namespace {

struct Wording
{
    QString code;
    const char *text;
};

// Every code the server may answer with (docs/sync-protocol.md, "Errors" and the rejection codes
// of "Push"), in the device's words: what happened and what to do.
const QList<Wording> &table()
{
    static const QList<Wording> wordings{
            {QStringLiteral("request.malformed"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The server could not read this device's request. Tell the IT "
                               "administrator; changes stay queued here.")},
            {QStringLiteral("request.invalid_field"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server found a wrong field in this device's request. Tell the IT "
                     "administrator; changes stay queued here.")},
            {QStringLiteral("request.too_large"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The request was too large for the server. Sync sends smaller batches; "
                     "tell the IT administrator if this repeats.")},
            {QStringLiteral("request.rate_limited"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The server is busy with this device's requests. Sync tries again "
                               "shortly.")},
            {QStringLiteral("request.timeout"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server stopped the upload because it took too long. The rest is sent "
                     "at the next sync.")},
            {QStringLiteral("auth.missing"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The request carried no credentials. Enroll this device again; changes "
                     "stay queued here.")},
            {QStringLiteral("auth.invalid_token"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server does not accept this device's credentials any more. Ask the "
                     "administrator for a new enrollment code; changes stay queued here.")},
            {QStringLiteral("auth.token_expired"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "This device's sign-in to the server has expired. Ask the administrator "
                     "for a new enrollment code; changes stay queued here.")},
            {QStringLiteral("enroll.invalid_code"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The enrollment code is unknown, used or expired. Ask the administrator "
                     "for a new code (codes are valid for 7 days and work once).")},
            {QStringLiteral("device.revoked"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server has revoked this device: it no longer syncs. Changes made "
                     "here stay on this device. Ask the administrator to enroll it again.")},
            {QStringLiteral("not_found"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server does not know this request; it may be of another version. "
                     "Tell the IT administrator.")},
            {QStringLiteral("sync.device_regressed"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "This device's data went back in time (restored from a backup). Sync "
                     "starts a new stream and sends the changes again; nothing is lost.")},
            {QStringLiteral("sync.wrong_stream"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server expects this device's newer stream. Sync starts again with "
                     "it; nothing is lost.")},
            {QStringLiteral("sync.cursor_expired"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server no longer keeps the changes since this device's last sync. "
                     "Sync downloads everything again.")},
            {QStringLiteral("sync.mutation_conflict"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server already has a change with this id but different content. "
                     "Nothing of the batch was saved there; tell the IT administrator.")},
            {QStringLiteral("sync.gap"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server is missing earlier changes of this device. Sync sends them "
                     "again first.")},
            {QStringLiteral("protocol.upgrade_required"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server no longer accepts this version of OneWindow. Changes stay "
                     "queued here; install the new version.")},
            {QStringLiteral("db.unavailable"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server's database is not available. Changes wait in the queue; tell "
                     "the IT administrator if this lasts.")},
            {QStringLiteral("server.error"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server failed with an internal error. Changes wait in the queue; "
                     "tell the IT administrator.")},
            {QStringLiteral("user.inactive"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The user who made this change has been disabled, so the server did not "
                     "apply it.")},
            {QStringLiteral("role.forbidden"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "Your role may not do this; the server did not apply it. Ask a colleague "
                     "with the right role.")},
            {QStringLiteral("place.forbidden"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "This may not be done at your place; the server did not apply it. The "
                     "case's own place must do it.")},
            {QStringLiteral("transition.illegal"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The case (or task) had already moved on, so this step is not possible "
                     "any more.")},
            {QStringLiteral("department.forbidden"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The case belongs to another department; only its staff may do this.")},
            {QStringLiteral("item.township_forbidden"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "This item may not be accepted at a township point; the county hall must "
                     "accept it.")},
            {QStringLiteral("channel.forbidden"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "This step is not allowed for the way the case was received.")},
            {QStringLiteral("notice.too_late"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The one-time notice was too late: the deadline of 5 working days had "
                     "passed.")},
            {QStringLiteral("materials.incomplete"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "Materials are still missing, so the case cannot be accepted yet.")},
            {QStringLiteral("deadline.not_passed"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The deadline for the missing materials has not passed yet, so the case "
                     "cannot be terminated.")},
            {QStringLiteral("reason.required"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "This step needs a reason. Make it again and give the reason.")},
            {QStringLiteral("case.changed"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The case changed on the server before your change arrived. Open the case "
                     "and check it.")},
            {QStringLiteral("intake.invalid"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server found the intake data of this case invalid (applicant, agent, "
                     "number or place). Check the case with the applicant.")},
            {QStringLiteral("item.not_found"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The server's catalogue does not have this item. Tell the IT "
                               "administrator to update the catalogue.")},
            {QStringLiteral("case.not_found"),
             QT_TRANSLATE_NOOP("RefusalWording", "The server does not have this case.")},
            {QStringLiteral("case.exists"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server already has a case with this id or number (this device's data "
                     "went back in time). Tell the IT administrator.")},
            {QStringLiteral("case.number_device"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The case number does not belong to this device. Tell the IT "
                               "administrator.")},
            {QStringLiteral("release.recipient"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The person collecting the result is neither the applicant nor an "
                               "authorised agent.")},
            {QStringLiteral("bundle.undecided"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "Parts of this bundle are not decided yet, so it cannot be released.")},
            {QStringLiteral("bundle.part_held"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "A part of this bundle is held elsewhere, so it cannot be released here.")},
            {QStringLiteral("task.already_claimed"),
             QT_TRANSLATE_NOOP("RefusalWording", "Someone else claimed this task first.")},
            {QStringLiteral("task.not_owner"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "Only the help agent who has the task may do this.")},
            {QStringLiteral("attorney.missing"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "A proxy task needs the power of attorney (委托书) first.")},
            {QStringLiteral("attorney.expired"),
             QT_TRANSLATE_NOOP("RefusalWording", "The power of attorney (委托书) has expired.")},
            {QStringLiteral("note.required"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "This step needs a note. Make it again and write the note.")},
            {QStringLiteral("note.too_long"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The note is too long. Shorten it and make the step again.")},
            {QStringLiteral("outcome.required"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "Completing a task needs its outcome. Make it again and give the outcome.")},
            {QStringLiteral("handover.target_invalid"),
             QT_TRANSLATE_NOOP("RefusalWording", "The task cannot be handed over to that person.")},
            {QStringLiteral("step.out_of_order"),
             QT_TRANSLATE_NOOP("RefusalWording", "This step of the task is out of order.")},
            {QStringLiteral("step.after_done"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "Only archiving, reporting or a follow-up may come after the task was "
                     "completed.")},
            {QStringLiteral("substep.invalid"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "That department sub-step does not exist in this task.")},
            {QStringLiteral("substeps.open"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "A department's sub-step of this task is not done yet.")},
            {QStringLiteral("title.required"),
             QT_TRANSLATE_NOOP("RefusalWording", "A task needs a title.")},
            {QStringLiteral("task.malformed"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The server could not read this task. Tell the IT administrator.")},
            {QStringLiteral("task.not_found"),
             QT_TRANSLATE_NOOP("RefusalWording", "The server does not have this task.")},
            {QStringLiteral("task.exists"),
             QT_TRANSLATE_NOOP("RefusalWording", "The server already has a task with this id.")},
            {QStringLiteral("task.changed"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The task changed on the server before your change arrived. Open it and "
                     "check.")},
            {QStringLiteral("task.invalid"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server found this task's data invalid. Tell the IT administrator.")},
            {QStringLiteral("manifest.destination"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The handoff manifest goes to a place it may not go to.")},
            {QStringLiteral("manifest.not_forwarded"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The case was not forwarded to this place, so its result cannot be "
                               "returned from here.")},
            {QStringLiteral("manifest.case_elsewhere"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "A case on the manifest is held at another place.")},
            {QStringLiteral("manifest.case_state"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "A case on the manifest is not in a state that may be sent.")},
            {QStringLiteral("manifest.not_accepted"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "A case on the manifest has not been accepted yet.")},
            {QStringLiteral("manifest.result_elsewhere"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The result of a case on the manifest is not held here.")},
            {QStringLiteral("manifest.received"),
             QT_TRANSLATE_NOOP("RefusalWording", "The manifest was received already.")},
            {QStringLiteral("manifest.malformed"),
             QT_TRANSLATE_NOOP(
                     "RefusalWording",
                     "The server could not read this manifest. Tell the IT administrator.")},
            {QStringLiteral("manifest.not_found"),
             QT_TRANSLATE_NOOP("RefusalWording", "The server does not have this manifest.")},
            {QStringLiteral("manifest.exists"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The server already has a manifest with this id or number.")},
            {QStringLiteral("manifest.invalid"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The server found this manifest's data invalid (packet counts or "
                               "entries).")},
            {QStringLiteral("manifest.changed"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The manifest changed on the server before your change arrived.")},
            {QStringLiteral("rating.comment_too_long"),
             QT_TRANSLATE_NOOP("RefusalWording", "The rating's comment is too long.")},
            {QStringLiteral("rating.visit_missing"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The visit this rating is for is not on the server.")},
            {QStringLiteral("rating.duplicate"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "This visit (or case) was rated already; the first rating stands.")},
            {QStringLiteral("rating.exists"),
             QT_TRANSLATE_NOOP("RefusalWording", "The server already has a rating with this id.")},
            {QStringLiteral("rating.invalid"),
             QT_TRANSLATE_NOOP("RefusalWording", "The server found this rating's data invalid.")},
            {QStringLiteral("rating.not_found"),
             QT_TRANSLATE_NOOP("RefusalWording", "The server does not have this rating.")},
            {QStringLiteral("rating.case_missing"),
             QT_TRANSLATE_NOOP("RefusalWording", "The case of this rating is not on the server.")},
            {QStringLiteral("followup.missing"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "This rating has no follow-up (整改) to record a step in.")},
            {QStringLiteral("followup.closed"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The follow-up of this rating is already closed.")},
            {QStringLiteral("followup.order"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "Follow-up steps go in order: call back, rectify, feedback.")},
            {QStringLiteral("appeal.own"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "Only the rated staff member may appeal this rating.")},
            {QStringLiteral("appeal.not_bad"),
             QT_TRANSLATE_NOOP("RefusalWording", "Only a bad rating may be appealed.")},
            {QStringLiteral("appeal.exists"),
             QT_TRANSLATE_NOOP("RefusalWording", "This rating was appealed already.")},
            {QStringLiteral("appeal.missing"),
             QT_TRANSLATE_NOOP("RefusalWording", "This rating has no appeal to decide.")},
            {QStringLiteral("appeal.decided"),
             QT_TRANSLATE_NOOP("RefusalWording", "The appeal was decided already.")},
            {QStringLiteral("appeal.not_rated_staff"),
             QT_TRANSLATE_NOOP("RefusalWording",
                               "The appeal must come from the staff member who was rated.")},
    };
    return wordings;
}

} // namespace

QString RefusalWording::text(const QString &code)
{
    static const QHash<QString, const char *> byCode = [] {
        QHash<QString, const char *> h;
        for (const Wording &w : table())
            h.insert(w.code, w.text);
        return h;
    }();
    const auto it = byCode.constFind(code);
    return it == byCode.constEnd() ? QString() : tr(*it);
}

QStringList RefusalWording::codes()
{
    QStringList list;
    for (const Wording &w : table())
        list.append(w.code);
    return list;
}

QString RefusalWording::reason(const QString &code, const QString &serverMessage)
{
    const QString words = text(code);
    if (!words.isEmpty())
        return words;
    if (code.isEmpty())
        return serverMessage;
    return tr("The server refused the change (%1). Tell the IT administrator.").arg(code);
}

QString RefusalWording::detail(const QString &code, const QString &serverMessage)
{
    if (serverMessage.isEmpty())
        return code;
    return tr("Server's message (%1): %2").arg(code, serverMessage);
}

} // namespace ow
