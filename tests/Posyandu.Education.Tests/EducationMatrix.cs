using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Education.Tests;

/// <summary>Education's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>), on the records seeded below.</summary>
public sealed class EducationMatrix() : AuthorizationMatrix("education")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Post("/api/education/paud/children/{residentId:guid}/enrolments", w => $"/api/education/paud/children/{w["paud-child"]}/enrolments",
            _ => new { institutionName = "PAUD Posyandu Melati", institutionType = "sps", startDate = "2026-07-13" }, OutsideScope.Refused),
        Post("/api/education/paud/enrolments/{id:guid}/end", w => $"/api/education/paud/enrolments/{w["paud-enrolment"]}/end",
            _ => new { endDate = "2026-11-20", status = "withdrawn" }, OutsideScope.NotFound),
        Get("/api/education/paud/enrolments", _ => "/api/education/paud/enrolments", OutsideScope.EmptyList),
        Get("/api/education/paud/not-enrolled", _ => "/api/education/paud/not-enrolled?date=2026-11-01&fromAge=0", OutsideScope.EmptyList),
        Post("/api/education/out-of-school/children/{residentId:guid}/cases", w => $"/api/education/out-of-school/children/{w["school-child-3"]}/cases",
            _ => new { identifiedOn = "2026-10-05", reason = "distance" }, OutsideScope.Refused),
        Post("/api/education/out-of-school/cases/{id:guid}/actions", w => $"/api/education/out-of-school/cases/{w["oos-case"]}/actions",
            _ => new { date = "2026-10-10", action = "Kunjungan rumah bersama kepala desa" }, OutsideScope.NotFound),
        Post("/api/education/out-of-school/cases/{id:guid}/resolve", w => $"/api/education/out-of-school/cases/{w["oos-case-to-resolve"]}/resolve",
            _ => new { resolvedOn = "2026-11-02", outcome = "paketB" }, OutsideScope.NotFound),
        Get("/api/education/out-of-school/cases/{id:guid}", w => $"/api/education/out-of-school/cases/{w["oos-case"]}", OutsideScope.NotFound),
        Get("/api/education/out-of-school/cases", _ => "/api/education/out-of-school/cases", OutsideScope.EmptyList),
        Post("/api/education/library/{posyanduId:guid}/resources", w => $"/api/education/library/{w["posyandu"]}/resources",
            _ => new { kind = "book", name = "Cerita Rakyat Kalimantan", quantity = 12 }, OutsideScope.NotFound),
        Post("/api/education/library/{posyanduId:guid}/activities", w => $"/api/education/library/{w["posyandu"]}/activities",
            _ => new { date = "2026-11-03", kind = "digitalLiteracy", participants = 15 }, OutsideScope.NotFound),
        Get("/api/education/library/{posyanduId:guid}", w => $"/api/education/library/{w["posyandu"]}", OutsideScope.NotFound),
        Get("/api/education/report", _ => "/api/education/report?region=64.02&period=2026-11", OutsideScope.NotFound),
        Get("/api/education/service-requests/", _ => "/api/education/service-requests/", OutsideScope.EmptyList),
        Post("/api/education/service-requests/", _ => "/api/education/service-requests/", w => new
        {
            type = "school-support", residentId = w["school-child"], posyanduId = w["posyandu"], regionCode = MatrixWorld.Village,
            description = "Seragam dan buku untuk kembali ke SMP",
        }, OutsideScope.Refused),
        Get("/api/education/service-requests/{id:guid}", w => $"/api/education/service-requests/{w["education-request"]}", OutsideScope.NotFound),
        Post("/api/education/service-requests/{id:guid}/transitions", w => $"/api/education/service-requests/{w["education-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Kunjungan rumah: anak bekerja di kebun" }, OutsideScope.NotFound),
        Upload("/api/education/service-requests/{id:guid}/attachments/{attachment}", w => $"/api/education/service-requests/{w["education-request"]}/attachments/ktp", OutsideScope.NotFound),
        Get("/api/education/service-requests/{id:guid}/attachments/{attachment:guid}",
            w => $"/api/education/service-requests/{w["education-request"]}/attachments/{w["education-attachment"]}", OutsideScope.NotFound),
    ];

    /// <summary>A PAUD-age child, three school-age children, an enrolment, two out-of-school cases and a service request with a document.</summary>
    protected override async Task SeedAsync()
    {
        World.Ids["paud-child"] = await ResidentAsync(World.NewChildBorn(new DateOnly(2022, 3, 10)));
        World.Ids["school-child"] = await ResidentAsync(World.NewChildBorn(new DateOnly(2012, 5, 17)));
        World.Ids["school-child-2"] = await ResidentAsync(World.NewChildBorn(new DateOnly(2011, 2, 3)));
        World.Ids["school-child-3"] = await ResidentAsync(World.NewChildBorn(new DateOnly(2013, 9, 21)));
        await DeliverAsync("registry");
        World.Ids["paud-enrolment"] = await IdAsync($"/api/education/paud/children/{World["child"]}/enrolments",
            new { institutionName = "KB Tunas Harapan", institutionType = "kb", startDate = "2026-07-13" });
        World.Ids["oos-case"] = await IdAsync($"/api/education/out-of-school/children/{World["school-child"]}/cases",
            new { identifiedOn = "2026-10-01", reason = "work" });
        World.Ids["oos-case-to-resolve"] = await IdAsync($"/api/education/out-of-school/children/{World["school-child-2"]}/cases",
            new { identifiedOn = "2026-10-01", reason = "cost" });
        World.Ids["education-request"] = await IdAsync("/api/education/service-requests", new
        {
            type = "return-to-school", residentId = World["school-child"], posyanduId = World["posyandu"], regionCode = MatrixWorld.Village,
            description = "Rujukan anak tidak sekolah ke Dinas Pendidikan",
        });
        World.Ids["education-attachment"] = await AttachAsync($"/api/education/service-requests/{World["education-request"]}", "kk");
    }
}
