using Posyandu.SharedKernel.Logging;
using Posyandu.SharedKernel.Messaging;

namespace Posyandu.SharedKernel.Tests.Logging;

public sealed class PersonalDataRedactorTests
{
    [TestCase("GET /api/x/6472015708950003 done")]
    [TestCase("nik 6472 0157 0895 0003 in a note")]
    [TestCase("nik 64.72.01.570895.0003 dotted")]
    [TestCase("kk 6472-0101-0120-0001 with dashes")]
    [TestCase("query ?nik=6472%200157%200895%200003&x=1")]
    [TestCase("query ?nik=6472+0157+0895+0003")]
    [TestCase("a longer run 647201570895000399")]
    public void A_nik_or_kk_in_any_writing_is_masked(string text)
    {
        var redacted = PersonalDataRedactor.Redact(text);

        Assert.That(redacted, Does.Contain(PersonalDataRedactor.Mask));
        Assert.That(redacted.Replace(PersonalDataRedactor.Mask, "", StringComparison.Ordinal).Count(char.IsAsciiDigit), Is.LessThan(2), redacted);
    }

    [TestCase("region 64.02.01.2001, month 2026-12")]
    [TestCase("phone 0812-3456-7890")]
    [TestCase("message 0193a8c1-7d2e-7c4b-9a51-3f1e2d4c5b6a took 15 ms")]
    public void Codes_dates_phones_and_ids_stay(string text) =>
        Assert.That(PersonalDataRedactor.Redact(text), Is.EqualTo(text));

    [TestCase("String or binary data would be truncated in table 'posyandu.registry.residents', column 'Name'. Truncated value: 'Siti Rahmawati Kusumaningr'.", "Siti")]
    [TestCase("Violation of UNIQUE KEY constraint 'IX_residents_Nik'. Cannot insert duplicate key in object 'registry.residents'. The duplicate key value is (Siti Rahmawati).", "Siti")]
    [TestCase("Conversion failed when converting the nvarchar value 'Siti Rahmawati' to data type int.", "Siti")]
    public void Values_a_provider_quotes_in_its_error_are_masked(string message, string value)
    {
        var redacted = PersonalDataRedactor.Redact(message);

        Assert.That(redacted, Does.Not.Contain(value));
        Assert.That(redacted, Does.Contain(PersonalDataRedactor.ValueMask));
        Assert.That(redacted, Does.Contain("column 'Name'").Or.Contain("IX_residents_Nik").Or.Contain("data type int"), "the rest of the message stays");
    }

    [Test]
    public void The_outbox_last_error_is_redacted()
    {
        var reason = OutboxDispatcher.Reason(new DeliveryFailure("Health.ResidentProjector",
            new InvalidOperationException("String or binary data would be truncated in table 'health.residents', column 'Name'. Truncated value: 'Siti Rahmawati'. NIK 6472 0157 0895 0003")));

        Assert.That(reason, Does.Not.Contain("Siti").And.Not.Contain("0157"));
        Assert.That(reason, Does.StartWith("Health.ResidentProjector: InvalidOperationException:"));
    }
}
