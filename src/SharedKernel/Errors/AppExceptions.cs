namespace Posyandu.SharedKernel.Errors;

/// <summary>
/// Failures a handler reports to its caller. The host's exception handler turns each into an RFC 7807 ProblemDetails
/// with the status below, so handlers throw them without knowing HTTP and nothing else leaks a stack trace.
/// </summary>
public abstract class AppException(string message) : Exception(message)
{
    public abstract int StatusCode { get; }

    /// <summary>Per-field messages (JSON property path → messages), shown as <c>errors</c>.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Extra members of the problem document (e.g. <c>existingId</c>, <c>allowed</c>).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();
}

/// <summary>400: the request is malformed or a field is invalid.</summary>
public sealed class RequestValidationException : AppException
{
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more fields are invalid.") => Errors = errors;

    public override int StatusCode => 400;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>404: the record does not exist — or the caller may not see it (which must look the same).</summary>
public sealed class NotFoundException(string what) : AppException($"{what} was not found.")
{
    public override int StatusCode => 404;
}

/// <summary>409: the request conflicts with the current state (a duplicate, an illegal transition).</summary>
public sealed class ConflictException(string message) : AppException(message)
{
    public override int StatusCode => 409;
}

/// <summary>412: <c>If-Match</c> named a version that is no longer current.</summary>
public sealed class PreconditionFailedException(string message) : AppException(message)
{
    public override int StatusCode => 412;
}

/// <summary>422: the request is well-formed but breaks a business rule (e.g. a 15-year-old enrolled in PAUD).</summary>
public sealed class BusinessRuleException(string message) : AppException(message)
{
    public override int StatusCode => 422;
}

/// <summary>403: the caller may not do this here (e.g. record data in a region outside their scope).</summary>
public sealed class ForbiddenException(string message) : AppException(message)
{
    public override int StatusCode => 403;
}
