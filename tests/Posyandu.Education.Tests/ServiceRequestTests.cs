using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.Testing;

namespace Posyandu.Education.Tests;

/// <summary>The education service requests (school support, PAUD enrolment, return to school) on the shared workflow.</summary>
public sealed class ServiceRequestTests : EducationFixture
{
    [Test]
    public async Task A_school_support_request_needs_the_kk_and_ktp_before_verification_and_reaches_dinas_pendidikan()
    {
        var pupil = await ChildAsync("2014-07-07");
        var id = await IdOf(await Kader.PostJson("/api/education/service-requests", new
        {
            type = "school-support", residentId = pupil, posyanduId = Posyandu, regionCode = Perian, description = "Seragam dan buku SMP",
        }));

        using var desa = Host.DesaClient(Perian); // the village verifies
        var missing = await (await desa.PostJson($"/api/education/service-requests/{id}/transitions", new { to = "diverifikasi", note = "Kunjungan rumah" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await Upload(id, "kk");
        await Upload(id, "ktp");
        await Ok(await desa.PostJson($"/api/education/service-requests/{id}/transitions", new { to = "diverifikasi", note = "Kunjungan rumah: keluarga tidak mampu" }));
        using var dpmd = Host.Client([Roles.Dpmd], region: "64.02");
        await Ok(await dpmd.PostJson($"/api/education/service-requests/{id}/transitions", new { to = "diteruskan" }));
        var processing = await Ok(await Opd.PostJson($"/api/education/service-requests/{id}/transitions", new { to = "diproses" }));

        var listed = await Ok(await Opd.GetAsync("/api/education/service-requests?type=school-support&status=Diproses"));
        var document = await Ok(await Opd.GetAsync($"/api/education/service-requests/{id}"));
        using var download = await Opd.GetAsync($"/api/education/service-requests/{id}/attachments/{document.GetProperty("attachments")[0].GetProperty("id").GetGuid()}");

        Assert.That(listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Is.EqualTo(new[] { id }));
        Assert.That(await download.Content.ReadAsStringAsync(), Does.StartWith("%PDF-1.4"));
        Assert.That(missing.GetProperty("missingDocuments").EnumerateArray().Select(d => d.GetString()), Is.EquivalentTo(new[] { "kk", "ktp" }));
        Assert.That(processing.GetProperty("status").GetString(), Is.EqualTo("diproses"));
        Assert.That(processing.GetProperty("sector").GetString(), Is.EqualTo("education"));
        var submitted = await PublishedAsync(nameof(ServiceRequestSubmitted));
        Assert.That(submitted.Select(e => e.GetProperty("type").GetString()), Does.Contain("school-support"));
    }

    [Test]
    public async Task Requests_are_refused_for_residents_education_does_not_know_and_for_unknown_types()
    {
        var before = await InDatabase(db => db.ServiceRequests.CountAsync());

        await (await Kader.PostJson("/api/education/service-requests", new
        {
            type = "paud-enrolment", residentId = Guid.NewGuid(), posyanduId = Posyandu, regionCode = Perian, description = "Daftar PAUD",
        })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var unknownType = await (await Kader.PostJson("/api/education/service-requests", new
        {
            type = "rtlh-rehab", residentId = Guid.NewGuid(), posyanduId = Posyandu, regionCode = Perian, description = "Rumah",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(unknownType.GetProperty("errors").GetProperty("type")[0].GetString(), Does.Contain("school-support, paud-enrolment, return-to-school"));
        Assert.That(await InDatabase(db => db.ServiceRequests.CountAsync()), Is.EqualTo(before));
    }

    private async Task Upload(Guid id, string kind)
    {
        using var pdf = new ByteArrayContent("%PDF-1.4 dokumen"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } };
        await (await Kader.PutAsync($"/api/education/service-requests/{id}/attachments/{kind}", pdf)).ShouldBe<JsonElement>(HttpStatusCode.Created);
    }
}
