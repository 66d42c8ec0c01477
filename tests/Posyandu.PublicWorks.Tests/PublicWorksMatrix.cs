using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.PublicWorks.Tests;

/// <summary>Dinas PU's endpoints in the authorisation matrix (<see cref="AuthorizationMatrix"/>): one sample per endpoint, on the records seeded below.</summary>
public sealed class PublicWorksMatrix() : AuthorizationMatrix("publicworks")
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    protected override IEnumerable<EndpointSample> Samples =>
    [
        Post("/api/publicworks/households/{householdId:guid}/surveys", w => $"/api/publicworks/households/{w["household"]}/surveys", Survey, OutsideScope.Refused),
        Get("/api/publicworks/households/{householdId:guid}", w => $"/api/publicworks/households/{w["household"]}", OutsideScope.NotFound),
        Get("/api/publicworks/reports/water-sanitation", _ => "/api/publicworks/reports/water-sanitation?region=64.02&by=village", OutsideScope.NotFound),
        Get("/api/publicworks/reports/odf", _ => "/api/publicworks/reports/odf?region=64.02", OutsideScope.NotFound),
        Post("/api/publicworks/infrastructure-reports", _ => "/api/publicworks/infrastructure-reports", Report, OutsideScope.Refused),
        Get("/api/publicworks/infrastructure-reports", _ => "/api/publicworks/infrastructure-reports", OutsideScope.EmptyList),
        Get("/api/publicworks/infrastructure-reports/{id:guid}", w => $"/api/publicworks/infrastructure-reports/{w["pw-report"]}", OutsideScope.NotFound),
        new("PUT", "/api/publicworks/infrastructure-reports/{id:guid}/photos", w => new HttpRequestMessage(HttpMethod.Put, $"/api/publicworks/infrastructure-reports/{w["pw-report"]}/photos")
        {
            Content = new ByteArrayContent(Png) { Headers = { ContentType = new("image/png") } },
        }, OutsideScope.NotFound),
        Get("/api/publicworks/service-requests/", _ => "/api/publicworks/service-requests/", OutsideScope.EmptyList),
        Post("/api/publicworks/service-requests/", _ => "/api/publicworks/service-requests/", w => new
        {
            type = "drainage", residentId = w["resident"], posyanduId = w["posyandu"], regionCode = MatrixWorld.Village, description = "Selokan tersumbat",
        }, OutsideScope.Refused),
        Get("/api/publicworks/service-requests/{id:guid}", w => $"/api/publicworks/service-requests/{w["pw-request"]}", OutsideScope.NotFound),
        Post("/api/publicworks/service-requests/{id:guid}/transitions", w => $"/api/publicworks/service-requests/{w["pw-request"]}/transitions",
            _ => new { to = "diverifikasi", note = "Dicek di lokasi" }, OutsideScope.NotFound),
        Upload("/api/publicworks/service-requests/{id:guid}/attachments/{attachment}", w => $"/api/publicworks/service-requests/{w["pw-request"]}/attachments/location-photo", OutsideScope.NotFound),
        Get("/api/publicworks/service-requests/{id:guid}/attachments/{attachment:guid}",
            w => $"/api/publicworks/service-requests/{w["pw-request"]}/attachments/{w["pw-attachment"]}", OutsideScope.NotFound),
    ];

    /// <summary>A survey today (records may not predate the household's registration, the day the seed runs): a shared toilet, piped water.</summary>
    private static object Survey(MatrixWorld w) => new
    {
        surveyedOn = w.Today, waterSource = "piped", waterLitresPerDay = 300, members = 3, collectionMinutes = 0, toilet = "flushToSepticTank",
        toiletShared = true, wastewater = "openDrain", waste = "burned", handwashingWithSoap = true, drinkingWaterTreated = false,
    };

    private static object Report(MatrixWorld w) => new
    {
        type = "road-damage", posyanduId = w["posyandu"], reporterResidentId = w["resident"], description = "Jalan desa longsor",
        latitude = -0.35, longitude = 116.42, severity = "critical",
    };

    /// <summary>A survey of the shared household, an infrastructure report, and a request through the shared endpoint with its location photo.</summary>
    protected override async Task SeedAsync()
    {
        await IdAsync($"/api/publicworks/households/{World["household"]}/surveys", Survey(World));
        World.Ids["pw-report"] = await IdAsync("/api/publicworks/infrastructure-reports", Report(World));
        World.Ids["pw-request"] = await IdAsync("/api/publicworks/service-requests", new
        {
            type = "well-embung", residentId = World["resident"], posyanduId = World["posyandu"], regionCode = MatrixWorld.Village,
            description = "Dusun II butuh sumur bor",
        });
        World.Ids["pw-attachment"] = await AttachAsync($"/api/publicworks/service-requests/{World["pw-request"]}", "location-photo");
    }
}
