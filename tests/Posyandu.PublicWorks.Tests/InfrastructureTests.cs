using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.PublicWorks.Tests;

/// <summary>Community infrastructure reports: service requests to Dinas PU with WGS84 location, severity, photos and a confidential reporter.</summary>
public sealed class InfrastructureTests : PublicWorksFixture
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    /// <summary>A damaged road near Muara Muntai (−0.35, 116.42).</summary>
    private object Road(Guid reporter, double latitude = -0.35, double longitude = 116.42, string type = "road-damage") => new
    {
        type, posyanduId = Posyandu, reporterResidentId = reporter, description = "Jalan desa berlubang dan tergenang",
        latitude, longitude, severity = "high",
    };

    private Task<(int Requests, int Reports, int Attachments)> CountAsync() =>
        InDatabase(async db => (await db.ServiceRequests.CountAsync(), await db.InfrastructureReports.CountAsync(),
            await db.Set<Posyandu.SharedKernel.ServiceRequests.ServiceRequestAttachment>().CountAsync()));

    private static ByteArrayContent Photo(byte[] bytes, string type) => new(bytes) { Headers = { ContentType = new(type) } };

    [Test]
    public async Task A_report_becomes_a_service_request_to_dinas_pu_with_location_severity_and_photos_through_the_sla_chain()
    {
        var (_, reporter) = await HouseholdAsync();
        var created = await (await Kader.PostJson("/api/publicworks/infrastructure-reports", Road(reporter))).ShouldBe<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var png = await (await Kader.PutAsync($"/api/publicworks/infrastructure-reports/{id}/photos", Photo(Png, "image/png"))).ShouldBe<JsonElement>(HttpStatusCode.Created);
        await (await Kader.PutAsync($"/api/publicworks/infrastructure-reports/{id}/photos", Photo(Jpeg, "image/jpeg"))).ShouldBe<JsonElement>(HttpStatusCode.Created);
        var verified = await Ok(await Dpmd.PostJson($"/api/publicworks/service-requests/{id}/transitions", new { to = "diverifikasi", note = "Dicek bersama kepala dusun" }));
        await Ok(await Dpmd.PostJson($"/api/publicworks/service-requests/{id}/transitions", new { to = "diteruskan" }));
        await Ok(await Opd.PostJson($"/api/publicworks/service-requests/{id}/transitions", new { to = "diproses" }));
        var read = await Ok(await Opd.GetAsync($"/api/publicworks/infrastructure-reports/{id}"));
        var listed = await Ok(await Opd.GetAsync("/api/publicworks/infrastructure-reports?region=64.02&severity=high&open=true"));
        var download = await Opd.GetAsync($"/api/publicworks/service-requests/{id}/attachments/{png.GetProperty("id").GetGuid()}");

        Assert.That(verified.GetProperty("status").GetString(), Is.EqualTo("diverifikasi"), "the location photo was the required document");
        Assert.That((read.GetProperty("type").GetString(), read.GetProperty("status").GetString(), read.GetProperty("severity").GetString()),
            Is.EqualTo(("road-damage", "diproses", "high")));
        Assert.That((read.GetProperty("latitude").GetDouble(), read.GetProperty("longitude").GetDouble()), Is.EqualTo((-0.35, 116.42)));
        Assert.That(read.GetProperty("regionCode").GetString(), Is.EqualTo(Perian));
        Assert.That(read.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("contentType").GetString()), Is.EqualTo(new[] { "image/png", "image/jpeg" }));
        Assert.That(listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Does.Contain(id));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
        var reported = (await PublishedAsync("InfrastructureReported")).Single(e => e.GetProperty("requestId").GetGuid() == id);
        Assert.That(reported.TryGetProperty("reporterResidentId", out _), Is.False, "the event names no reporter");
    }

    [Test]
    public async Task The_reporter_is_shown_to_dinas_pu_and_the_village_and_not_to_dpmd()
    {
        var (_, reporter) = await HouseholdAsync();
        var id = await IdOf(await Kader.PostJson("/api/publicworks/infrastructure-reports", Road(reporter, type: "water-network")));

        var opd = await Ok(await Opd.GetAsync($"/api/publicworks/infrastructure-reports/{id}"));
        var kader = await Ok(await Kader.GetAsync($"/api/publicworks/infrastructure-reports/{id}"));
        var dpmd = await Ok(await Dpmd.GetAsync($"/api/publicworks/infrastructure-reports/{id}"));
        using var desaClient = Host.Client([Roles.Desa], region: Perian);
        var desa = await Ok(await desaClient.GetAsync($"/api/publicworks/infrastructure-reports/{id}"));
        var list = await Ok(await Opd.GetAsync("/api/publicworks/infrastructure-reports?type=water-network"));

        Assert.That((opd.GetProperty("reporter").GetProperty("residentId").GetGuid(), opd.GetProperty("reporter").GetProperty("name").GetString()), Is.EqualTo((reporter, "Siti Aminah")));
        Assert.That(kader.GetProperty("reporter").GetProperty("residentId").GetGuid(), Is.EqualTo(reporter));
        Assert.That(desa.GetProperty("reporter").GetProperty("residentId").GetGuid(), Is.EqualTo(reporter), "the village government sees it too");
        Assert.That(dpmd.GetProperty("reporter").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(list.ToString(), Does.Not.Contain(reporter.ToString()).And.Not.Contain("Siti"));
        var reads = await InDatabase(db => db.AuditEntries.CountAsync(a => a.Entity == "InfrastructureReporter" && a.EntityId == id.ToString()));
        Assert.That(reads, Is.EqualTo(3), "each read of the reporter is audited");
        Assert.That(dpmd.ToString(), Does.Not.Contain(reporter.ToString()), "DPMD's view names no reporter anywhere");

        // The shared service-request views keep the same confidence (ServiceRequestType.ConfidentialRequester).
        var sharedDpmd = await Ok(await Dpmd.GetAsync($"/api/publicworks/service-requests/{id}"));
        var sharedDpmdList = await Ok(await Dpmd.GetAsync("/api/publicworks/service-requests?type=water-network"));
        var sharedOpd = await Ok(await Opd.GetAsync($"/api/publicworks/service-requests/{id}"));
        var sharedDesa = await Ok(await desaClient.GetAsync($"/api/publicworks/service-requests/{id}"));
        Assert.That(sharedDpmd.GetProperty("residentId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(sharedDpmdList.ToString(), Does.Not.Contain(reporter.ToString()));
        Assert.That(sharedOpd.GetProperty("residentId").GetGuid(), Is.EqualTo(reporter));
        Assert.That(sharedDesa.GetProperty("residentId").GetGuid(), Is.EqualTo(reporter));
    }

    [TestCase(-0.35, 160.0, "longitude")]
    [TestCase(116.42, -0.35, "latitude")]
    [TestCase(52.37, 4.89, "latitude")]
    [TestCase(-12.5, 120.0, "latitude")]
    public async Task Coordinates_outside_indonesia_are_a_400_problem_and_store_nothing(double latitude, double longitude, string field)
    {
        var (_, reporter) = await HouseholdAsync(residents: 1);
        var before = await CountAsync();

        var problem = await (await Kader.PostJson("/api/publicworks/infrastructure-reports", Road(reporter, latitude, longitude))).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Does.Contain(field));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_photo_of_the_wrong_type_is_a_400_problem_and_stores_nothing()
    {
        var (_, reporter) = await HouseholdAsync(residents: 1);
        var id = await IdOf(await Kader.PostJson("/api/publicworks/infrastructure-reports", Road(reporter, type: "waste-point")));
        var before = await CountAsync();

        var pdf = await (await Kader.PutAsync($"/api/publicworks/infrastructure-reports/{id}/photos", Photo("%PDF-1.4 laporan"u8.ToArray(), "application/pdf")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var disguised = await (await Kader.PutAsync($"/api/publicworks/infrastructure-reports/{id}/photos", Photo("%PDF-1.4 laporan"u8.ToArray(), "image/jpeg")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var empty = await (await Kader.PutAsync($"/api/publicworks/infrastructure-reports/{id}/photos", Photo([], "image/png"))).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(pdf.ErrorFields(), Is.EqualTo(new[] { "contentType" }));
        Assert.That(disguised.ErrorFields(), Is.EqualTo(new[] { "body" }));
        Assert.That(empty.ErrorFields(), Is.EqualTo(new[] { "body" }));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_report_needs_a_known_type_a_severity_and_a_resident_of_the_posyandu()
    {
        var (_, reporter) = await HouseholdAsync(residents: 1);
        var before = await CountAsync();

        var invalid = await (await Kader.PostJson("/api/publicworks/infrastructure-reports", new
        {
            type = "rtlh-rehab", posyanduId = Posyandu, reporterResidentId = reporter, description = "x", latitude = -0.35, longitude = 116.42, severity = "huge",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var stranger = await (await Kader.PostJson("/api/publicworks/infrastructure-reports", Road(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        using var samarinda = Host.Client([Roles.Dpmd], region: "64.72");
        await (await samarinda.PostJson("/api/publicworks/infrastructure-reports", Road(reporter))).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(invalid.ErrorFields(), Is.Not.Empty);
        Assert.That(stranger.GetProperty("detail").GetString(), Does.Contain("not registered"));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_monthly_report_counts_the_reports_received_in_the_month()
    {
        var village = "64.02.01.2002";
        var posyandu = await PosyanduAsync(village, "Posyandu Mawar");
        var (_, reporter) = await HouseholdAsync(residents: 1, posyandu: posyandu, village: village);
        var created = await (await Dpmd.PostJson("/api/publicworks/infrastructure-reports", new
        {
            type = "public-toilet", posyanduId = posyandu, reporterResidentId = reporter, description = "MCK umum rusak", latitude = -0.36, longitude = 116.40, severity = "medium",
        })).ShouldBe<JsonElement>(HttpStatusCode.Created);

        var report = await Ok(await Province.GetAsync($"/api/publicworks/reports/water-sanitation?region={village}&period={PeriodOf(Month(4))}&by=posyandu"));

        var row = report.GetProperty("rows").EnumerateArray().Single();
        Assert.That((row.GetProperty("key").GetString(), row.GetProperty("name").GetString()), Is.EqualTo((posyandu.ToString(), "Posyandu Mawar")));
        Assert.That(row.GetProperty("infrastructureReports").GetProperty("public-toilet").GetInt32(), Is.EqualTo(1));
        Assert.That(created.GetProperty("reporter").ValueKind, Is.EqualTo(JsonValueKind.Null), "DPMD recorded it but does not see the reporter back");
    }
    [Test]
    public async Task The_shared_request_endpoints_serve_dinas_pu_requests_and_one_without_a_location_is_no_infrastructure_report()
    {
        var (_, reporter) = await HouseholdAsync(residents: 1);
        var shared = await IdOf(await Kader.PostJson("/api/publicworks/service-requests", new
        {
            type = "well-embung", residentId = reporter, posyanduId = Posyandu, regionCode = Perian, description = "Dusun III butuh sumur bor",
        }));
        using var pdf = Photo("%PDF-1.4 proposal"u8.ToArray(), "application/pdf");
        await (await Kader.PutAsync($"/api/publicworks/service-requests/{shared}/attachments/other", pdf)).ShouldBe<JsonElement>(HttpStatusCode.Created);

        var listed = await Ok(await Opd.GetAsync("/api/publicworks/service-requests?type=well-embung"));
        var read = await Ok(await Opd.GetAsync($"/api/publicworks/service-requests/{shared}"));

        Assert.That(listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Does.Contain(shared));
        Assert.That((read.GetProperty("sector").GetString(), read.GetProperty("status").GetString()), Is.EqualTo(("publicworks", "diajukan")));
        Assert.That(read.GetProperty("attachments").GetArrayLength(), Is.EqualTo(1));
        await (await Opd.GetAsync($"/api/publicworks/infrastructure-reports/{shared}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
