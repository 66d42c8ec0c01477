namespace Posyandu.PublicWorks.Features.Infrastructure;

/// <summary>
/// Adds a photo of the place to an infrastructure report: JPEG or PNG only, checked against the file's own signature
/// before anything is stored (a PDF, or a file that is not what its Content-Type says, is a 400 and leaves nothing
/// behind), then streamed into the shared content-addressed store as the request's <c>location-photo</c>.
/// </summary>
public sealed record AttachInfrastructurePhoto(Guid Id, string? ContentType, Stream Content) : ICommand<PhotoDto>
{
    /// <summary>The file signatures of the accepted photo types.</summary>
    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.Ordinal)
    {
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    };

    internal static string? MediaType(string? contentType) =>
        contentType is null ? null : contentType.Split(';')[0].Trim().ToLowerInvariant();

    internal sealed class Validator : AbstractValidator<AttachInfrastructurePhoto>
    {
        public Validator() =>
            RuleFor(v => v.ContentType).Must(t => MediaType(t) is { } type && Signatures.ContainsKey(type))
                .WithMessage("A photo is image/jpeg or image/png (Content-Type).").OverridePropertyName("contentType");
    }

    internal sealed class Handler(PublicWorksDbContext db, ServiceRequestDesk desk) : IRequestHandler<AttachInfrastructurePhoto, PhotoDto>
    {
        public async Task<PhotoDto> Handle(AttachInfrastructurePhoto request, CancellationToken cancellationToken)
        {
            if (!await db.InfrastructureReports.AnyAsync(r => r.RequestId == request.Id, cancellationToken))
            {
                throw new NotFoundException("Infrastructure report");
            }

            var type = MediaType(request.ContentType)!;
            var signature = Signatures[type];
            var head = new byte[signature.Length];
            var read = await request.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            if (read < head.Length || !head.AsSpan().SequenceEqual(signature))
            {
                throw RequestValidationException.For("body", $"The file is not a {(type == "image/png" ? "PNG" : "JPEG")} photo.");
            }

            // The head already read goes first, the rest streams on from the socket: the photo is never held whole.
            await using var content = new PrefixedStream(head, request.Content);
            return PhotoDto.From(await desk.AttachAsync(PublicWorksModule.ModuleName, request.Id, DocumentKinds.LocationPhoto, type, content, cancellationToken));
        }
    }

    /// <summary>Reads <c>prefix</c>, then <c>rest</c>.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsMemory(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

internal static class AttachInfrastructurePhotoEndpoint
{
    public static void MapAttachInfrastructurePhoto(this IEndpointRouteBuilder group) =>
        group.MapPut("/infrastructure-reports/{id:guid}/photos", async (Guid id, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var photo = await mediator.Send(new AttachInfrastructurePhoto(id, http.ContentType, http.Body), ct);
                return TypedResults.Created($"/api/{PublicWorksModule.ModuleName}/service-requests/{id}/attachments/{photo.Id}", photo);
            })
            .WithName("AttachInfrastructurePhoto")
            .WithSummary("Add a photo of the place to an infrastructure report (raw body, Content-Type image/jpeg or image/png; anything else is a 400 and nothing is stored).")
            // Any content type reaches the handler (*/*), so a PDF or a wrong label is a 400 naming the field, not the router's bare 415.
            .Accepts<Stream>("image/jpeg", "image/png", "*/*")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireRoles(Roles.Kader, Roles.Desa, Roles.Dpmd, Roles.PublicWorks);
}
