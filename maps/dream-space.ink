// The analog dream space (chapter 3): Mira meets Leo by the campfire, they trade stories and plan the
// gathering, she finds the children asleep in their hiding places, and the first dream opens the star wall.
// Knots are named by the map's Talks and Triggers (maps/dream-space.tmj) and by the chapter row (intro, outro).

// Flags this chapter sets; the next chapters and the aftermath read them.
VAR leo_met = false
VAR leo_story = 0
VAR mira_story = 0
VAR tomas_joined = false
VAR pip_joined = false
VAR ayla_joined = false
VAR juno_joined = false
// What Mira picked up in the hidden door (its map sets them): she can only tell of what she found.
VAR music_box_found = false
VAR photograph_found = false

-> DONE

=== intro ===
The analog door closes behind Mira with a soft wooden click.
Mira: Oh. # face: happy
Mira: Someone painted the sky down here. Stars on every wall, and a moon.
A fire still burns in the middle of the room. Someone has been keeping it.
Mira: Hello? I won't tell anyone. I only came to sleep.
-> DONE

=== leo ===
A boy in a yellow raincoat is curled up by the fire, a torch still in his hand.
Leo: Mm? Oh! I must have nodded off. # face: happy
Leo: You came through the wardrobe door, didn't you? I'm Leo. I came up the old stair, from the next district.
Mira: I'm Mira. Do you sleep here?
Leo: Some nights. Real sleep. No pod humming in your ear, no dreams with adverts in them.
Leo: Tell you what. A story for a story. That's the rule down here.
* [Ask who painted the stars]
  ~ leo_story = 1
  Leo: My grandad and his friends, when they were our age. They painted every star they could name.
  Leo: They came in the back way: the painted panel behind the gramophone. Knock twice and it swings.
  Leo: It comes out by the little den at the end. Saves you the long corridor, and the drone in it.
* [Ask about his torch]
  ~ leo_story = 2
  Leo: It was my gran's. She said the dark isn't empty, it's just resting.
  Leo: She used to switch it off and make me count the real stars out of her window. I got to forty-one.
* [Ask about the next district]
  ~ leo_story = 3
  Leo: The pods hum so loud there you hear them from the street. My sister dreams the same toy shop every night. # face: worried
  Leo: She doesn't even like toy shops.
- Leo: Your turn.
* [Tell the old bedtime story]
  ~ mira_story = 1
  Mira: Grandma's old storybook has a bear who counts the stars so the sky won't lose any.
  Mira: He falls asleep at three hundred and twelve, and the sky keeps them anyway.
  Leo: Three hundred and twelve. I like him. # face: happy
* {music_box_found} [Tell about the music box]
  ~ mira_story = 2
  Mira: In the passage I found a music box. It still plays, if you wind it slowly.
  Mira: The tune goes down at the end, like someone yawning.
  Leo: Grown-ups used to make songs just for falling asleep to. Imagine. # face: happy
* {photograph_found} [Tell about the photograph]
  ~ mira_story = 3
  Mira: I found a photograph. Children asleep in a field, under real stars. Nobody in a pod.
  Mira: One of them is holding a torch, like yours.
  Leo: ... Maybe that's my gran. # face: happy
- Leo: So. Tonight. We get everyone together and sleep under the real sky.
Leo: The others are here already, hiding and fast asleep. Tomas, Pip, Ayla, Juno. Wake them gently.
Leo: Then the star wall, there by the moon. The ring on the rug in front of it.
Leo: Stand inside the ring with three of us, all inside, and hold %dream%. We dream it open together.
Mira: Three, inside the ring. Got it. # face: happy
~ leo_met = true
Leo: I'll come with you. If you need to go ahead alone, press %wait% and we'll wait for you.
-> DONE

=== tomas ===
A tall boy in blue pyjamas is asleep behind the gramophone, one hand still on its crank.
Mira: Tomas? Leo says you're with us tonight.
Tomas: I was winding it so it'd be ready. Then the record finished and I just... went.
Tomas: Is it really real stars? Not a programme?
Mira: Really real. # face: happy
Tomas: Okay. I'll walk at the back. I'm tallest, I can see if anyone's coming.
~ tomas_joined = true
-> DONE

=== pip ===
Under a heap of cushions, a small snore and a puff of blonde curls.
Mira: Pip. Pip, it's Mira. Wake up.
Pip: I'm not asleep. I'm hiding. # face: happy
Pip: ...I was a bit asleep.
Pip: Are there marshmallows where we're going?
Mira: There's a sky. Marshmallows next time.
Pip: Deal. Don't walk too fast, my slippers are big.
~ pip_joined = true
-> DONE

=== ayla ===
A girl with long dark hair sleeps against the relic shelves, a finger still on a star chart.
Mira: Ayla? We're going.
Ayla: I was reading the names. Every star here has a name someone gave it.
Ayla: That one's the Sleeping Bear. My gran called it the Saucepan. # face: happy
Mira: I know a story about a bear who counts them.
Ayla: Then you can tell it on the way. I'm coming.
~ ayla_joined = true
-> DONE

=== juno ===
In the furthest den, the smallest of them, in a grey bobble hat, asleep with a paper star in her fist.
Mira: Juno. You came all this way on your own?
Juno: I came first. I wanted to be first. # face: happy
Juno: The drone went past twice. I held my breath both times.
Mira: You were brave. Come on, stay close to me.
Juno: I'm always close. I'm the smallest, I fit everywhere.
~ juno_joined = true
-> DONE

=== ring ===
The rug in front of the star wall is ringed with painted stars, like a circle drawn around a campfire.
Mira: Leo said: stand inside the ring with three of the others, all inside with me, then hold %dream%.
Mira: If they're lagging behind, the ring won't care. They have to be standing in it.
-> DONE

=== ring_alone ===
The rug in front of the star wall is ringed with painted stars, like a circle drawn around a campfire.
Mira: It looks like it's waiting for something. Or someone.
Mira: The boy asleep by the fire might know what it's for.
-> DONE

=== through ===
The painted stars have come loose from the plaster. Where the wall was, there is sky.
Leo: We did that. All of us, together. # face: happy
Mira: It won't stay open for long. Come on, the old stair. Quickly.
-> DONE

=== through_alone ===
The painted stars have come loose from the plaster. Where the wall was, there is sky.
Mira: We did it! # face: happy
Mira: But the boy by the fire is still asleep. I can't go up without waking him. # face: worried
-> DONE

=== outro ===
The old stair climbs up into cold air. Above it, the district sleeps under a sky nobody painted.
Leo: Tomorrow night. All of us, and everyone they can bring.
Mira: Under the real stars. # face: happy
Mira: I'll be ready.
-> DONE
