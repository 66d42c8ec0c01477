using System.Globalization;
using Posyandu.Testing;
using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.GeneralEducation.Tests;

/// <summary>The module's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>): one sample per endpoint, on the records seeded below.</summary>
public sealed class GeneralEducationMatrix() : AuthorizationMatrix("generaleducation")
{
    private const string Ge = "/api/generaleducation";

    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get($"{Ge}/topics", _ => $"{Ge}/topics", OutsideScope.NotRegionBound),
        Post($"{Ge}/posyandu/{{posyanduId:guid}}/plans/{{period}}/activities", w => $"{Ge}/posyandu/{w["posyandu"]}/plans/{ThisMonth(w)}/activities",
            _ => new { topic = "cuci-tangan", targetGroup = "everyone", facilitatorRole = "kader" }, OutsideScope.NotFound),
        Post($"{Ge}/planned-activities/{{id:guid}}/cancel", w => $"{Ge}/planned-activities/{w["plan-to-cancel"]}/cancel",
            _ => new { reason = "Hujan deras" }, OutsideScope.NotFound),
        Get($"{Ge}/posyandu/{{posyanduId:guid}}/plans/{{period}}", w => $"{Ge}/posyandu/{w["posyandu"]}/plans/{ThisMonth(w)}", OutsideScope.NotFound),
        Post($"{Ge}/posyandu/{{posyanduId:guid}}/activities", w => $"{Ge}/posyandu/{w["posyandu"]}/activities",
            w => new { date = w.Today, topic = "hoaks", method = "diskusi", targetGroup = "adolescents", facilitatorRole = "education" }, OutsideScope.NotFound),
        Post($"{Ge}/activities/{{id:guid}}/attendance", w => $"{Ge}/activities/{w["activity"]}/attendance",
            w => new { attendees = new[] { new { residentId = w["resident"], preTestScore = 40, postTestScore = 70 } }, guests = 2 }, OutsideScope.NotFound),
        Get($"{Ge}/activities/{{id:guid}}", w => $"{Ge}/activities/{w["activity"]}", OutsideScope.NotFound),
        Get($"{Ge}/posyandu/{{posyanduId:guid}}/activities", w => $"{Ge}/posyandu/{w["posyandu"]}/activities", OutsideScope.NotFound),
        Post($"{Ge}/posyandu/{{posyanduId:guid}}/bkb-groups", w => $"{Ge}/posyandu/{w["posyandu"]}/bkb-groups",
            _ => new { name = "BKB Melati I", ageBand = "months0To11" }, OutsideScope.NotFound),
        Post($"{Ge}/bkb-groups/{{id:guid}}/members", w => $"{Ge}/bkb-groups/{w["bkb-group"]}/members",
            w => new { residentId = w["resident"], childResidentId = w["toddler"] }, OutsideScope.NotFound),
        Get($"{Ge}/bkb-groups/{{id:guid}}", w => $"{Ge}/bkb-groups/{w["bkb-group"]}", OutsideScope.NotFound),
        Post($"{Ge}/posyandu/{{posyanduId:guid}}/trainings", w => $"{Ge}/posyandu/{w["posyandu"]}/trainings",
            w => new { course = "Hidroponik sayur", topic = "kebun-pekarangan", organiserRole = "generaleducation", startDate = w.Today }, OutsideScope.NotFound),
        Post($"{Ge}/trainings/{{id:guid}}/participants", w => $"{Ge}/trainings/{w["training"]}/participants",
            w => new { residentId = w["resident"] }, OutsideScope.NotFound),
        Post($"{Ge}/trainings/{{id:guid}}/participants/{{residentId:guid}}/completion", w => $"{Ge}/trainings/{w["training"]}/participants/{w["trainee"]}/completion",
            w => new { completed = true, on = w.Today }, OutsideScope.NotFound),
        Post($"{Ge}/trainings/{{id:guid}}/participants/{{residentId:guid}}/follow-up", w => $"{Ge}/trainings/{w["training"]}/participants/{w["graduate"]}/follow-up",
            w => new { outcome = "homeGarden", on = w.Today }, OutsideScope.NotFound),
        Get($"{Ge}/trainings/{{id:guid}}", w => $"{Ge}/trainings/{w["training"]}", OutsideScope.NotFound),
        Get($"{Ge}/report", w => $"{Ge}/report?region={MatrixWorld.InsideRegion}&period={ThisMonth(w)}", OutsideScope.NotFound),
        Get($"{Ge}/service-requests/", _ => $"{Ge}/service-requests/", OutsideScope.EmptyList),
        Post($"{Ge}/service-requests/", _ => $"{Ge}/service-requests/", w => new
        {
            type = "skills-training", residentId = w["resident"], posyanduId = w["posyandu"], regionCode = MatrixWorld.Village,
            description = "Mohon pelatihan pengolahan pangan lokal untuk kelompok PKK",
        }, OutsideScope.Refused),
        Get($"{Ge}/service-requests/{{id:guid}}", w => $"{Ge}/service-requests/{w["ge-request"]}", OutsideScope.NotFound),
        Post($"{Ge}/service-requests/{{id:guid}}/transitions", w => $"{Ge}/service-requests/{w["ge-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Kelompok sasaran 20 orang" }, OutsideScope.NotFound),
        Upload($"{Ge}/service-requests/{{id:guid}}/attachments/{{attachment}}", w => $"{Ge}/service-requests/{w["ge-request"]}/attachments/other", OutsideScope.NotFound),
        Get($"{Ge}/service-requests/{{id:guid}}/attachments/{{attachment:guid}}",
            w => $"{Ge}/service-requests/{w["ge-request"]}/attachments/{w["ge-attachment"]}", OutsideScope.NotFound),
    ];

    /// <summary>A plan with a line to cancel, an activity held today, a BKB group with a toddler of its band, a training with a participant and a graduate, a request with a document.</summary>
    protected override async Task SeedAsync()
    {
        var today = DateOnly.ParseExact(World.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        World.Ids["toddler"] = await ResidentAsync(World.NewChildBorn(today.AddMonths(-14)));
        World.Ids["trainee"] = await ResidentAsync(World.NewResident());
        World.Ids["graduate"] = await ResidentAsync(World.NewResident());
        await DeliverAsync("registry");
        var posyandu = $"{Ge}/posyandu/{World["posyandu"]}";
        World.Ids["plan-to-cancel"] = await IdAsync($"{posyandu}/plans/{ThisMonth(World)}/activities",
            new { topic = "siaga-banjir", targetGroup = "everyone", facilitatorRole = "generaleducation" });
        World.Ids["activity"] = await IdAsync($"{posyandu}/activities",
            new { date = World.Today, topic = "gizi-seimbang", method = "penyuluhan", targetGroup = "pregnant", facilitatorRole = "health" });
        World.Ids["bkb-group"] = await IdAsync($"{posyandu}/bkb-groups", new { name = "BKB Melati II", ageBand = "months12To23" });
        World.Ids["training"] = await IdAsync($"{posyandu}/trainings",
            new { course = "Olahan ikan patin", topic = "olahan-pangan", organiserRole = "social", startDate = World.Today });
        await IdAsync($"{Ge}/trainings/{World["training"]}/participants", new { residentId = World["trainee"] });
        await IdAsync($"{Ge}/trainings/{World["training"]}/participants", new { residentId = World["graduate"] });
        (await Admin.PostJson($"{Ge}/trainings/{World["training"]}/participants/{World["graduate"]}/completion", new { completed = true, on = World.Today }))
            .EnsureSuccessStatusCode();
        World.Ids["ge-request"] = await IdAsync($"{Ge}/service-requests", new
        {
            type = "kie-activity", residentId = World["resident"], posyanduId = World["posyandu"], regionCode = MatrixWorld.Village,
            description = "Mohon narasumber penyuluhan pencegahan stunting",
        });
        World.Ids["ge-attachment"] = await AttachAsync($"{Ge}/service-requests/{World["ge-request"]}", "other");
    }

    private static string ThisMonth(MatrixWorld world) => world.Today[..7];
}
