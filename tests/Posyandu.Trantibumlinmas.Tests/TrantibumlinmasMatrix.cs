using Posyandu.Testing;
using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Trantibumlinmas.Tests;

/// <summary>Satpol PP and BPBD's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>): one sample per endpoint, on the records seeded below.</summary>
public sealed class TrantibumlinmasMatrix() : AuthorizationMatrix("trantibumlinmas")
{
    private const string Api = "/api/trantibumlinmas";
    private const string Village = MatrixWorld.Village;

    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get($"{Api}/catalogue", _ => $"{Api}/catalogue", OutsideScope.NotRegionBound),
        Post($"{Api}/incidents", _ => $"{Api}/incidents", Incident("kebakaran"), OutsideScope.Refused),
        Get($"{Api}/incidents", _ => $"{Api}/incidents", OutsideScope.EmptyList),
        Get($"{Api}/incidents/{{id:guid}}", w => $"{Api}/incidents/{w["incident"]}", OutsideScope.NotFound),
        Post($"{Api}/incidents/{{id:guid}}/actions", w => $"{Api}/incidents/{w["incident"]}/actions", w => new { at = $"{w.Today}T00:01:00+08:00", action = "Linmas memadamkan api" }, OutsideScope.NotFound),
        Post($"{Api}/incidents/{{id:guid}}/escalation", w => $"{Api}/incidents/{w["incident-escalate"]}/escalation", _ => new { to = "opd" }, OutsideScope.NotFound),
        Send("PUT", $"{Api}/villages/{{village}}/hazards/{{hazard}}", _ => $"{Api}/villages/{Village}/hazards/tanah-longsor",
            w => new { riskLevel = "sedang", assessedOn = w.Today }, OutsideScope.NotFound),
        Post($"{Api}/villages/{{village}}/hazard-information", _ => $"{Api}/villages/{Village}/hazard-information",
            w => new { hazard = "banjir", givenOn = w.Today, method = "sosialisasi", householdsReached = 40 }, OutsideScope.NotFound),
        Post($"{Api}/villages/{{village}}/evacuation-points", _ => $"{Api}/villages/{Village}/evacuation-points",
            _ => new { name = "SD Negeri 001", latitude = -0.35, longitude = 116.42, capacity = 150 }, OutsideScope.NotFound),
        Get($"{Api}/villages/{{village}}/preparedness", _ => $"{Api}/villages/{Village}/preparedness", OutsideScope.NotFound),
        Post($"{Api}/villages/{{village}}/linmas-members", _ => $"{Api}/villages/{Village}/linmas-members",
            w => new { residentId = w["resident"], position = "anggota", joinedOn = w.Today }, OutsideScope.NotFound),
        Post($"{Api}/villages/{{village}}/poskamling", _ => $"{Api}/villages/{Village}/poskamling",
            w => new { name = "Poskamling RT 02", status = "aktif", checkedOn = w.Today }, OutsideScope.NotFound),
        Post($"{Api}/poskamling/{{id:guid}}/checks", w => $"{Api}/poskamling/{w["poskamling"]}/checks", w => new { checkedOn = w.Today, status = "rusak", note = "Atap bocor" }, OutsideScope.NotFound),
        Send("PUT", $"{Api}/poskamling/{{id:guid}}/patrols/{{period}}", w => $"{Api}/poskamling/{w["poskamling"]}/patrols/{w.Today[..7]}",
            _ => new { nights = 12, participants = 8 }, OutsideScope.NotFound),
        Post($"{Api}/villages/{{village}}/equipment", _ => $"{Api}/villages/{Village}/equipment",
            w => new { kind = "apar", location = "Balai desa", quantity = 2, lastCheckedOn = w.Today, working = true }, OutsideScope.NotFound),
        Post($"{Api}/equipment/{{id:guid}}/checks", w => $"{Api}/equipment/{w["equipment"]}/checks", w => new { checkedOn = w.Today, working = true }, OutsideScope.NotFound),
        Get($"{Api}/villages/{{village}}/protection", _ => $"{Api}/villages/{Village}/protection", OutsideScope.NotFound),
        Get($"{Api}/reports/monthly", _ => $"{Api}/reports/monthly?region=64.02&by=village", OutsideScope.NotFound),
        Get($"{Api}/approvals/", _ => $"{Api}/approvals/", OutsideScope.EmptyList),
        Get($"{Api}/approvals/{{id:guid}}", w => $"{Api}/approvals/{w["approval"]}", OutsideScope.NotFound),
        Post($"{Api}/approvals/{{id:guid}}/decision", w => $"{Api}/approvals/{w["approval"]}/decision", _ => new { to = "disetujui" }, OutsideScope.NotFound),
        Get($"{Api}/service-requests/", _ => $"{Api}/service-requests/", OutsideScope.EmptyList),
        Post($"{Api}/service-requests/", _ => $"{Api}/service-requests/", w => new
        {
            type = "apar", residentId = w["resident"], posyanduId = w["posyandu"], regionCode = Village, description = "APAR balai desa kedaluwarsa",
        }, OutsideScope.Refused),
        Get($"{Api}/service-requests/{{id:guid}}", w => $"{Api}/service-requests/{w["tr-request"]}", OutsideScope.NotFound),
        Post($"{Api}/service-requests/{{id:guid}}/transitions", w => $"{Api}/service-requests/{w["tr-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Dicek di lokasi" }, OutsideScope.NotFound),
        Upload($"{Api}/service-requests/{{id:guid}}/attachments/{{attachment}}", w => $"{Api}/service-requests/{w["tr-request"]}/attachments/location-photo", OutsideScope.NotFound),
        Get($"{Api}/service-requests/{{id:guid}}/attachments/{{attachment:guid}}", w => $"{Api}/service-requests/{w["tr-request"]}/attachments/{w["tr-attachment"]}", OutsideScope.NotFound),
    ];

    private static Func<MatrixWorld, object> Incident(string type) => w => new
    {
        type, posyanduId = w["posyandu"], occurredAt = $"{w.Today}T00:00:00+08:00", latitude = -0.35, longitude = 116.42,
        description = "Kebakaran dapur rumah warga", reporter = new { residentId = w["resident"] },
    };

    /// <summary>
    /// Incidents (one to act on, one to escalate, a sensitive one whose approval the village head decides), a hazard, a
    /// poskamling and an APAR, and a poskamling-repair request with its location photo.
    /// </summary>
    protected override async Task SeedAsync()
    {
        World.Ids["incident"] = await IdAsync($"{Api}/incidents", Incident("kebakaran")(World));
        World.Ids["incident-escalate"] = await IdAsync($"{Api}/incidents", Incident("gangguan-ketertiban")(World));
        var sensitive = await (await Admin.PostJson($"{Api}/incidents", Incident("kdrt")(World))).ShouldBe<System.Text.Json.JsonElement>(System.Net.HttpStatusCode.Created);
        World.Ids["approval"] = sensitive.GetProperty("pendingApprovalId").GetString()!;
        await (await Admin.PutAsync($"{Api}/villages/{Village}/hazards/banjir", System.Net.Http.Json.JsonContent.Create(new { riskLevel = "tinggi", assessedOn = World.Today })))
            .ShouldBe<System.Text.Json.JsonElement>(System.Net.HttpStatusCode.OK);
        World.Ids["poskamling"] = await IdAsync($"{Api}/villages/{Village}/poskamling", new { name = "Poskamling RT 01", status = "aktif", checkedOn = World.Today });
        World.Ids["equipment"] = await IdAsync($"{Api}/villages/{Village}/equipment", new { kind = "apar", location = "Posyandu", quantity = 1, lastCheckedOn = World.Today, working = true });
        World.Ids["tr-request"] = await IdAsync($"{Api}/service-requests", new
        {
            type = "poskamling-repair", residentId = World["resident"], posyanduId = World["posyandu"], regionCode = Village, description = "Atap poskamling RT 01 roboh",
        });
        World.Ids["tr-attachment"] = await AttachAsync($"{Api}/service-requests/{World["tr-request"]}", "location-photo");
    }
}
