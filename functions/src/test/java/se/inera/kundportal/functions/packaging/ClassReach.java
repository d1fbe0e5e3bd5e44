package se.inera.kundportal.functions.packaging;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Which classes of a jar the JVM can come to load, followed through the class files' references (every class a
 * class file names: super types, fields, method signatures, instructions, method handles of lambdas, catch types,
 * annotations, nest members), from a set of roots. One rule makes it finer than a class-level walk, for the AWS SDK's
 * service clients ({@code software/amazon/awssdk/services/<service>/…Client}), whose methods name every operation
 * of the service: a client method of an operation that no reached code calls (the operation's method, its
 * {@code …Paginator} and its lambdas) is never run, so the classes of its signature and its catch types are only
 * <em>loaded</em> (verifying the client class loads them), not followed: their class files must be there, the classes
 * they name need not. A loaded class needs its super types loaded, nothing more. (That verification loads no more
 * than this is what {@code FunctionsJarIT} checks by linking every client class of the jar.)
 *
 * The same holds for any method of a service module that takes a request or response object of such an
 * operation (the endpoint rules have one per operation): it can only run once somebody has called the operation.
 * And the request and response classes of an uncalled operation are only loaded wherever they are named (e.g. in an
 * {@code instanceof}): their objects are made by the operation's builders and its client method, which nothing runs.
 *
 * <p>An operation counts as called when reached code invokes the client method of that name (or names it in a method
 * reference), including the SDK's own calls (e.g. a paginator of a called operation). The walk repeats until the set
 * of called operations no longer grows.
 *
 * <p>The {@code InnerClasses} attribute is not followed: it lists nested classes for reflection only, and the JVM
 * loads nothing from it.
 */
final class ClassReach {
    static final String SERVICES = "software/amazon/awssdk/services/";

    private final Map<String, byte[]> classes;
    /**
     * Per service folder ({@code dynamodb}), its operations by the lower-case name of their client methods
     * ({@code adminsetusermfapreference}), each with its API name ({@code AdminSetUserMfaPreference}, from its request
     * class; the client method may spell it differently, {@code adminSetUserMFAPreference}). The client's
     * {@code waiter()} counts as one more, {@code Waiter}: it builds the waiters, which call operations of their own.
     */
    private final Map<String, Map<String, String>> operations = new HashMap<>();
    /** Each operation's request and response class, to its operation ({@code service:ApiName}). */
    private final Map<String, String> operationOfClass = new HashMap<>();

    /** What a walk found; operations as {@code service:ApiName}. */
    record Result(Set<String> followed, Set<String> loadedOnly, SortedSet<String> calledOperations,
                  SortedSet<String> missing) {
        /** Every class of the jar the JVM may load: followed or loaded only. */
        Set<String> kept() {
            Set<String> kept = new HashSet<>(followed);
            kept.addAll(loadedOnly);
            return kept;
        }
    }

    /** {@code classes}: internal name ({@code a/b/C}) to class file, every class of the jar. */
    ClassReach(Map<String, byte[]> classes) {
        this.classes = classes;
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            String name = entry.getKey();
            Optional<String> service = service(name);
            String modelPrefix = service.map(s -> SERVICES + s + "/model/").orElse("");
            if (service.isPresent() && name.startsWith(modelPrefix) && name.endsWith("Request")
                    && name.indexOf('/', modelPrefix.length()) < 0 && name.indexOf('$') < 0
                    && isOperationRequest(entry.getValue(), modelPrefix)) {
                String api = name.substring(modelPrefix.length(), name.length() - "Request".length());
                Map<String, String> ofService = operations.computeIfAbsent(service.get(), s -> new HashMap<>());
                ofService.put(api.toLowerCase(Locale.ROOT), api);
                ofService.put("waiter", "Waiter");
                operationOfClass.put(name, service.get() + ":" + api);
                operationOfClass.put(modelPrefix + api + "Response", service.get() + ":" + api);
            }
        }
    }

    /** An operation's request extends the service's request base class (which extends the SDK's AwsRequest). */
    private boolean isOperationRequest(byte[] classFile, String modelPrefix) {
        String superName = new ClassReader(classFile).getSuperName();
        if (superName == null || !superName.startsWith(modelPrefix) || !classes.containsKey(superName)) {
            return false;
        }
        return "software/amazon/awssdk/awscore/AwsRequest".equals(new ClassReader(classes.get(superName)).getSuperName());
    }

    /**
     * Walks from {@code roots}, following into the classes {@code follow} accepts (others are taken as present and
     * kept whole, e.g. the JDK's). {@code missing}: followed or loaded names that are not in the jar and that
     * {@code follow} accepts.
     */
    Result walk(Collection<String> roots, Predicate<String> follow) {
        SortedSet<String> called = new TreeSet<>();
        while (true) {
            Result result = walkOnce(roots, follow, Set.copyOf(called));
            if (result.calledOperations().equals(called)) {
                return result;
            }
            called = result.calledOperations();
        }
    }

    private Result walkOnce(Collection<String> roots, Predicate<String> follow, Set<String> calledBefore) {
        Set<String> followed = new HashSet<>();
        Set<String> loadedOnly = new HashSet<>();
        SortedSet<String> called = new TreeSet<>(calledBefore);
        SortedSet<String> missing = new TreeSet<>();
        Deque<String> toFollow = new ArrayDeque<>(roots);
        Deque<String> toLoad = new ArrayDeque<>();
        while (!toFollow.isEmpty() || !toLoad.isEmpty()) {
            if (!toFollow.isEmpty()) {
                String name = toFollow.pop();
                if (!followed.add(name)) {
                    continue;
                }
                byte[] classFile = classes.get(name);
                if (classFile == null) {
                    missing.add(name);
                    continue;
                }
                Recorder recorder = new Recorder(name, calledBefore, follow, toFollow, toLoad);
                new ClassReader(classFile).accept(new OperationFilter(name, recorder, calledBefore, called), 0);
            } else {
                String name = toLoad.pop();
                if (followed.contains(name) || !loadedOnly.add(name)) {
                    continue;
                }
                byte[] classFile = classes.get(name);
                if (classFile == null) {
                    missing.add(name);
                    continue;
                }
                ClassReader reader = new ClassReader(classFile);
                if (reader.getSuperName() != null && follow.test(reader.getSuperName())) {
                    toLoad.push(reader.getSuperName());
                }
                for (String type : reader.getInterfaces()) {
                    if (follow.test(type)) {
                        toLoad.push(type);
                    }
                }
            }
        }
        loadedOnly.removeAll(followed);
        followed.removeAll(missing);
        loadedOnly.removeAll(missing);
        return new Result(followed, loadedOnly, called, missing);
    }

    /** {@code software/amazon/awssdk/services/dynamodb/...} → {@code dynamodb}. */
    static Optional<String> service(String name) {
        if (!name.startsWith(SERVICES)) {
            return Optional.empty();
        }
        int end = name.indexOf('/', SERVICES.length());
        return end < 0 ? Optional.empty() : Optional.of(name.substring(SERVICES.length(), end));
    }

    /** A service's client class or interface: {@code services/<service>/<Name>Client}, not nested. */
    private static boolean isClient(String name) {
        Optional<String> service = service(name);
        if (service.isEmpty()) {
            return false;
        }
        String rest = name.substring(SERVICES.length() + service.get().length() + 1);
        return rest.indexOf('/') < 0 && rest.indexOf('$') < 0 && rest.endsWith("Client");
    }

    /** Takes every method body, so that the remapper in front of it reads the instructions too. */
    private static final ClassVisitor SINK = new ClassVisitor(Opcodes.ASM9) {
        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) { };
        }
    };

    /** Every class name a class file mentions, sorted into followed or loaded-only by the current method. */
    private final class Recorder extends Remapper {
        private final String self;
        private final Set<String> calledBefore;
        private final Predicate<String> follow;
        private final Deque<String> toFollow;
        private final Deque<String> toLoad;
        boolean loadOnly;

        Recorder(String self, Set<String> calledBefore, Predicate<String> follow, Deque<String> toFollow,
                 Deque<String> toLoad) {
            super(Opcodes.ASM9);
            this.self = self;
            this.calledBefore = calledBefore;
            this.follow = follow;
            this.toFollow = toFollow;
            this.toLoad = toLoad;
        }

        @Override
        public String map(String internalName) {
            if (!internalName.equals(self) && follow.test(internalName)) {
                String operation = operationOfClass.get(internalName);
                boolean uncalled = operation != null && !calledBefore.contains(operation);
                (loadOnly || uncalled ? toLoad : toFollow).push(internalName);
            }
            return internalName;
        }
    }

    /** Sends a client's methods of operations nobody calls to the recorder as load-only; notes operations called. */
    private final class OperationFilter extends ClassVisitor {
        private final String self;
        private final Recorder recorder;
        private final Set<String> calledBefore;
        private final Set<String> called;
        private final boolean client;

        OperationFilter(String self, Recorder recorder, Set<String> calledBefore, Set<String> called) {
            super(Opcodes.ASM9, new ClassRemapper(SINK, recorder));
            this.self = self;
            this.recorder = recorder;
            this.calledBefore = calledBefore;
            this.called = called;
            this.client = isClient(self);
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            // not followed: see the class comment
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            Optional<String> operation = client ? operationOf(service(self).orElseThrow(), name) : Optional.empty();
            boolean notCalled = operation.isPresent() && !calledBefore.contains(operation.get())
                    || takesUncalledOperationsObject(descriptor);
            recorder.loadOnly = notCalled;
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            if (notCalled) {
                // Never run: only what verifying it may load (its signature's types, above; its catch types).
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                        next.visitTryCatchBlock(start, end, handler, type);
                    }

                    @Override
                    public void visitEnd() {
                        recorder.loadOnly = false;
                    }
                };
            }
            return new MethodVisitor(Opcodes.ASM9, next) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                    noteCall(owner, method, notCalled);
                    super.visitMethodInsn(opcode, owner, method, desc, itf);
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... arguments) {
                    for (Object argument : arguments) {
                        if (argument instanceof Handle handle) {
                            noteCall(handle.getOwner(), handle.getName(), notCalled);
                        }
                    }
                    super.visitInvokeDynamicInsn(method, desc, bootstrap, arguments);
                }

                @Override
                public void visitEnd() {
                    super.visitEnd();
                    recorder.loadOnly = false;
                }
            };
        }

        /**
         * A service module's method that takes a request or response of an operation nobody calls (e.g. the
         * endpoint rules' {@code setContextParams(…, CreateTableRequest)}) cannot run: such objects are only made to
         * call that operation.
         */
        private boolean takesUncalledOperationsObject(String descriptor) {
            if (!self.startsWith(SERVICES)) {
                return false;
            }
            for (Type argument : Type.getArgumentTypes(descriptor)) {
                if (argument.getSort() == Type.OBJECT) {
                    String operation = operationOfClass.get(argument.getInternalName());
                    if (operation != null && !calledBefore.contains(operation)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void noteCall(String owner, String method, boolean fromUncalled) {
            if (!fromUncalled && isClient(owner)) {
                operationOf(service(owner).orElseThrow(), method).ifPresent(called::add);
            }
        }

        /**
         * The operation a client method belongs to, {@code service:ApiName}: {@code putItem}, {@code queryPaginator},
         * {@code lambda$putItem$0}.
         */
        private Optional<String> operationOf(String service, String method) {
            String candidate = method;
            if (method.startsWith("lambda$")) {
                int end = method.indexOf('$', "lambda$".length());
                candidate = end < 0 ? method : method.substring("lambda$".length(), end);
            }
            if (candidate.endsWith("Paginator")) {
                candidate = candidate.substring(0, candidate.length() - "Paginator".length());
            }
            String api = operations.getOrDefault(service, Map.of()).get(candidate.toLowerCase(Locale.ROOT));
            return Optional.ofNullable(api).map(name -> service + ":" + name);
        }
    }
}
