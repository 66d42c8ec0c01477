using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.Testing;

namespace Posyandu.Housing.Tests;

/// <summary>The housing service requests (RTLH rehabilitation aid, RTLH verification) on the shared workflow.</summary>
public sealed class ServiceRequestTests : HousingFixture
{
    [Test]
    public async Task An_rtlh_rehabilitation_request_needs_id_land_and_house_photos_before_verification_and_reaches_dinas_perumahan()
    {
        var household = await HouseholdAsync();
        var id = await IdOf(await Kader.PostJson("/api/housing/service-requests", new
        {
            type = "rtlh-rehab", householdId = household, posyanduId = Posyandu, regionCode = Perian, description = "Atap bocor, lantai tanah",
        }));

        using var desa = Host.DesaClient(Perian); // the village verifies
        var missing = await (await desa.PostJson($"/api/housing/service-requests/{id}/transitions", new { to = "diverifikasi", note = "Kunjungan rumah" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        foreach (var kind in new[] { "ktp", "kk", "land-tenure", "house-photo-front", "house-photo-side", "house-photo-back" })
        {
            using var pdf = new ByteArrayContent("%PDF-1.4 dokumen"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } };
            (await Kader.PutAsync($"/api/housing/service-requests/{id}/attachments/{kind}", pdf)).EnsureSuccessStatusCode();
        }

        await Ok(await desa.PostJson($"/api/housing/service-requests/{id}/transitions", new { to = "diverifikasi", note = "Rumah layak dibantu" }));
        using var dpmd = Host.Client([Roles.Dpmd], region: "64.02");
        await Ok(await dpmd.PostJson($"/api/housing/service-requests/{id}/transitions", new { to = "diteruskan" }));
        var processing = await Ok(await Opd.PostJson($"/api/housing/service-requests/{id}/transitions", new { to = "diproses" }));
        var listed = await Ok(await Opd.GetAsync("/api/housing/service-requests?type=rtlh-rehab"));
        var record = await Ok(await Kader.GetAsync($"/api/housing/households/{household}"));

        Assert.That(missing.GetProperty("missingDocuments").EnumerateArray().Select(d => d.GetString()),
            Is.EquivalentTo(new[] { "ktp", "kk", "land-tenure", "house-photo-front", "house-photo-side", "house-photo-back" }));
        Assert.That(processing.GetProperty("status").GetString(), Is.EqualTo("diproses"));
        Assert.That(processing.GetProperty("sector").GetString(), Is.EqualTo("housing"));
        Assert.That(listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Does.Contain(id));
        var onRecord = record.GetProperty("requests").EnumerateArray().Single();
        Assert.That((onRecord.GetProperty("requestId").GetGuid(), onRecord.GetProperty("type").GetString(), onRecord.GetProperty("status").GetString()),
            Is.EqualTo((id, "rtlh-rehab", "diproses")), "the household's record shows its request");
        var submitted = await PublishedAsync(nameof(ServiceRequestSubmitted));
        Assert.That(submitted.Select(e => e.GetProperty("type").GetString()), Does.Contain("rtlh-rehab"));
    }

    [Test]
    public async Task Requests_are_refused_for_households_housing_does_not_know_and_for_unknown_types()
    {
        var before = await InDatabase(db => db.ServiceRequests.CountAsync());

        await (await Kader.PostJson("/api/housing/service-requests", new
        {
            type = "rtlh-verification", householdId = Guid.NewGuid(), posyanduId = Posyandu, regionCode = Perian, description = "Mohon didata",
        })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var unknownType = await (await Kader.PostJson("/api/housing/service-requests", new
        {
            type = "school-support", householdId = await HouseholdAsync(), posyanduId = Posyandu, regionCode = Perian, description = "Salah sektor",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(unknownType.ErrorFields(), Does.Contain("type"));
        Assert.That(await InDatabase(db => db.ServiceRequests.CountAsync()), Is.EqualTo(before));
    }
}
