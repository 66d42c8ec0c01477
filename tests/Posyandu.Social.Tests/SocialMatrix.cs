using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Social.Tests;

/// <summary>Social's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>): one sample per endpoint, on the records seeded below.</summary>
public sealed class SocialMatrix() : AuthorizationMatrix("social")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get("/api/social/catalogue", _ => "/api/social/catalogue", OutsideScope.NotRegionBound),
        Post("/api/social/ppks", _ => "/api/social/ppks",
            w => new { type = "lanjut-usia-terlantar", residentId = w["resident"], identifiedOn = w.Today, source = "kaderVisit" }, OutsideScope.Refused),
        Post("/api/social/ppks/{id:guid}/steps", w => $"/api/social/ppks/{w["ppks"]}/steps", w => new { to = "verified", on = w.Today }, OutsideScope.NotFound),
        Get("/api/social/ppks/{id:guid}", w => $"/api/social/ppks/{w["ppks"]}", OutsideScope.NotFound),
        Get("/api/social/posyandu/{posyanduId:guid}/ppks", w => $"/api/social/posyandu/{w["posyandu"]}/ppks", OutsideScope.NotFound),
        Post("/api/social/residents/{residentId:guid}/disability", w => $"/api/social/residents/{w["resident"]}/disability",
            w => new { category = "sensorik", severity = "moderate", devicesNeeded = new[] { "hearingAid" }, assessedOn = w.Today }, OutsideScope.Refused),
        Get("/api/social/residents/{residentId:guid}", w => $"/api/social/residents/{w["child"]}", OutsideScope.NotFound),
        Post("/api/social/households/{householdId:guid}/dtsen-checks", w => $"/api/social/households/{w["household"]}/dtsen-checks",
            w => new { inDtsen = true, decile = 2, checkedOn = w.Today }, OutsideScope.Refused),
        Post("/api/social/households/{householdId:guid}/assistance", w => $"/api/social/households/{w["household"]}/assistance",
            w => new { programme = "bpnt", startedOn = w.Today }, OutsideScope.Refused),
        Post("/api/social/assistance/{id:guid}/end", w => $"/api/social/assistance/{w["assistance"]}/end", w => new { endedOn = w.Today }, OutsideScope.NotFound),
        Post("/api/social/households/{householdId:guid}/proposals", w => $"/api/social/households/{w["household"]}/proposals",
            w => new { kind = "addToDtsen", submittedOn = w.Today, reason = "Belum terdata" }, OutsideScope.Refused),
        Post("/api/social/proposals/{id:guid}/decision", w => $"/api/social/proposals/{w["proposal"]}/decision",
            w => new { outcome = "accepted", decidedOn = w.Today }, OutsideScope.NotFound),
        Get("/api/social/households/{householdId:guid}", w => $"/api/social/households/{w["household"]}", OutsideScope.NotFound),
        Get("/api/social/posyandu/{posyanduId:guid}/left-out", w => $"/api/social/posyandu/{w["posyandu"]}/left-out", OutsideScope.NotFound),
        Get("/api/social/left-out", _ => "/api/social/left-out?region=64.02&limit=20", OutsideScope.NotFound),
        Get("/api/social/reports/monthly", _ => "/api/social/reports/monthly?region=64.02&by=district", OutsideScope.NotFound),
        Get("/api/social/service-requests/", _ => "/api/social/service-requests/", OutsideScope.EmptyList),
        Post("/api/social/service-requests/", _ => "/api/social/service-requests/", w => new
        {
            type = "disability-aid", residentId = w["resident"], posyanduId = w["posyandu"], regionCode = MatrixWorld.Village,
            description = "Kursi roda untuk ibu yang lumpuh",
        }, OutsideScope.Refused),
        Get("/api/social/service-requests/{id:guid}", w => $"/api/social/service-requests/{w["social-request"]}", OutsideScope.NotFound),
        Post("/api/social/service-requests/{id:guid}/transitions", w => $"/api/social/service-requests/{w["social-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Kunjungan rumah: keluarga tidak mampu" }, OutsideScope.NotFound),
        Upload("/api/social/service-requests/{id:guid}/attachments/{attachment}", w => $"/api/social/service-requests/{w["social-request"]}/attachments/ktp", OutsideScope.NotFound),
        Get("/api/social/service-requests/{id:guid}/attachments/{attachment:guid}",
            w => $"/api/social/service-requests/{w["social-request"]}/attachments/{w["social-attachment"]}", OutsideScope.NotFound),
    ];

    /// <summary>A PPKS case to move, an assistance to end, a proposal to decide and a service request with its documents.</summary>
    protected override async Task SeedAsync()
    {
        World.Ids["ppks"] = await IdAsync("/api/social/ppks", new { type = "fakir-miskin", residentId = World["resident"], identifiedOn = World.Today, source = "villageMeeting" });
        World.Ids["assistance"] = await IdAsync($"/api/social/households/{World["household"]}/assistance", new { programme = "pkh", startedOn = World.Today });
        World.Ids["proposal"] = await IdAsync($"/api/social/households/{World["household"]}/proposals", new { kind = "programme", programme = "pbi-jk", submittedOn = World.Today });
        await IdAsync($"/api/social/residents/{World["child"]}/disability", new { category = "fisik", severity = "mild", assessedOn = World.Today });
        World.Ids["social-request"] = await IdAsync("/api/social/service-requests", new
        {
            type = "social-assistance", householdId = World["household"], posyanduId = World["posyandu"], regionCode = MatrixWorld.Village,
            description = "Mohon diusulkan PKH",
        });
        foreach (var kind in new[] { "ktp", "kk", "sktm" })
        {
            World.Ids["social-attachment"] = await AttachAsync($"/api/social/service-requests/{World["social-request"]}", kind);
        }
    }
}
