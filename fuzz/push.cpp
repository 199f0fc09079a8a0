// libFuzzer target: the push request as the server reads it before it touches any data —
// body → JSON object → PushRequest → each mutation's payload → the shared applicant rules.
#include "domain/applicant.h"
#include "domain/casenumber.h"
#include "sync/syncprotocol.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto object = ow::sync::parseBody(body);
    if (!object)
        return 0;
    const auto request = ow::sync::PushRequest::fromJson(object.value());
    if (!request)
        return 0;
    for (const ow::sync::PushMutation &m : request->mutations) {
        (void)m.payloadHash();
        if (m.name == ow::sync::mutation::caseReceive()) {
            const auto c = ow::sync::caseFromJson(m.payload);
            if (!c)
                continue;
            (void)ow::ApplicantRules::check(c->applicant);
            (void)ow::CaseNumber::parse(c->number);
            (void)ow::sync::caseToJson(c.value(), false);
        } else {
            const auto p = ow::sync::TransitionPayload::fromJson(m.payload);
            if (p)
                (void)p->toJson();
        }
    }
    (void)request->toJson();
    return 0;
}
